CREATE TABLE t (id integer PRIMARY KEY, path text, code varchar(20));
