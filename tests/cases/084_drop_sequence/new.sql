-- a standalone sequence is dropped
CREATE TABLE t (id integer);
