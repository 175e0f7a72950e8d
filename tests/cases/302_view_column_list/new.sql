CREATE TABLE t (a integer, b text);
CREATE VIEW v (x, z) AS SELECT a, b FROM t;
CREATE VIEW w (first) AS SELECT * FROM t;
