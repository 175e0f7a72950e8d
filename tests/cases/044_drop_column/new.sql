-- a column carrying an index and a check constraint is dropped
CREATE TABLE t (id integer PRIMARY KEY, name text);
