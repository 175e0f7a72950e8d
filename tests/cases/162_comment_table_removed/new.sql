-- a comment on a table is removed
CREATE TABLE t (id integer);
