CREATE TABLE t (a integer, b text);
CREATE VIEW v (x, y) AS SELECT a, b FROM t;
