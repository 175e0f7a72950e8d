CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL DEFAULT '');
