CREATE TABLE t (id integer PRIMARY KEY, amount numeric(12, 2) NOT NULL DEFAULT 0);
