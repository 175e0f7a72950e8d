CREATE TABLE t (id integer PRIMARY KEY, price numeric(10, 2));
