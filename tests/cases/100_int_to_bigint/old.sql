CREATE TABLE t (id integer PRIMARY KEY, counter integer NOT NULL DEFAULT 0);
