CREATE TABLE t (id integer, secret text);
CREATE VIEW v1 WITH (security_barrier) AS SELECT id FROM t;
CREATE VIEW v2 AS SELECT id FROM t;
