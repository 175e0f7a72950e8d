CREATE TABLE t (id integer, name varchar(20), created date);
CREATE TABLE u (id integer, t_id integer, label text);
CREATE VIEW v1 AS SELECT * FROM t;
CREATE VIEW v2 AS SELECT t.*, u.label FROM t JOIN u ON u.t_id = t.id;
CREATE VIEW v3 AS SELECT * FROM t JOIN u USING (id);
CREATE VIEW v4 (a, b) AS SELECT * FROM t;
