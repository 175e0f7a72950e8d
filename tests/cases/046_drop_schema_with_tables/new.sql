-- a schema containing two related tables is dropped
CREATE TABLE t (id integer PRIMARY KEY);
