CREATE TABLE t (id integer);
CREATE VIEW new_name AS SELECT id FROM t; -- schemadiff:renamed-from old_name
CREATE MATERIALIZED VIEW new_mv AS SELECT id FROM t; -- schemadiff:renamed-from old_mv
