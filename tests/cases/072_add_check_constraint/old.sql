CREATE TABLE t (id integer PRIMARY KEY, qty integer, lo integer, hi integer, email text);
