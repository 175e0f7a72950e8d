CREATE TABLE t (id integer NOT NULL PRIMARY KEY, name text);
