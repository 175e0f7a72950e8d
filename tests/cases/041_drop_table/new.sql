-- a table with its indexes and constraints is dropped
CREATE TABLE t (id integer PRIMARY KEY);
