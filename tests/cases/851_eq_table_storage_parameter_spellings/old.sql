-- storage parameters in CREATE TABLE, as pg_dump prints them
CREATE TABLE t (id int, body text) WITH (FILLFACTOR = 70, autovacuum_enabled = off, toast.autovacuum_enabled = false);
CREATE TABLE u (id int) WITH (autovacuum_vacuum_scale_factor = 0.10, oids = false);
CREATE TABLE v (id int);
