CREATE TABLE t (id integer, status text, kind varchar(5));
CREATE VIEW v AS SELECT id FROM t WHERE status IN ('a', 'b') AND kind NOT IN ('x', 'y') AND id IN (1, 2, 3);
