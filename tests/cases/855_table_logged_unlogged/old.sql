-- LOGGED <-> UNLOGGED both ways (ALTER TABLE SET LOGGED / SET UNLOGGED)
CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb);
CREATE TABLE events (id bigint PRIMARY KEY, body text);
CREATE UNLOGGED TABLE scratch (id int);
