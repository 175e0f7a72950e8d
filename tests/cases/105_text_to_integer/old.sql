CREATE TABLE t (id integer PRIMARY KEY, qty text);
