CREATE TABLE t (id integer, secret text);
CREATE VIEW v1 AS SELECT id FROM t;
CREATE VIEW v2 WITH (security_invoker = true, security_barrier = true) AS SELECT id FROM t;
