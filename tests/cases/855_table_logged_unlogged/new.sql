-- LOGGED <-> UNLOGGED both ways (ALTER TABLE SET LOGGED / SET UNLOGGED)
CREATE TABLE cache (k text PRIMARY KEY, v jsonb);
CREATE TABLE events (id bigint PRIMARY KEY, body text);
ALTER TABLE events SET UNLOGGED;
CREATE UNLOGGED TABLE scratch (id int) WITH (fillfactor = 60);
