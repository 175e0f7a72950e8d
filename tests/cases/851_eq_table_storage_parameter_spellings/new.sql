-- the same parameters set, reset and replaced by ALTER TABLE
CREATE TABLE t (id int, body text) WITH (fillfactor = 10);
ALTER TABLE t SET (fillfactor = 70, autovacuum_enabled = off);
ALTER TABLE t SET (toast.autovacuum_enabled = 'false');
CREATE TABLE u (id int) WITH (autovacuum_vacuum_scale_factor = '0.10', parallel_workers = 2);
ALTER TABLE u RESET (parallel_workers);
CREATE TABLE v (id int) WITH (fillfactor = 50);
ALTER TABLE ONLY v RESET (fillfactor);
