CREATE TABLE t (id integer, name varchar(20), created date);
CREATE TABLE u (id integer, t_id integer, label text);
CREATE VIEW v1 AS SELECT t.id, t.name, t.created FROM public.t;
CREATE VIEW v2 AS SELECT t.id, t.name, t.created, u.label FROM (t JOIN u ON ((u.t_id = t.id)));
CREATE VIEW v3 AS SELECT t.id, t.name, t.created, u.t_id, u.label FROM t JOIN u USING (id);
CREATE VIEW v4 AS SELECT id AS a, name AS b, created FROM t;
