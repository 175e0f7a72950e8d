-- a UNIQUE NULLS NOT DISTINCT constraint is added
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT t_a_b_key UNIQUE NULLS NOT DISTINCT (a, b));
