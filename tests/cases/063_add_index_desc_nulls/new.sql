-- indexes with DESC, NULLS FIRST and NULLS LAST orderings are added
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_a_desc_idx ON t (a DESC);
CREATE INDEX t_a_b_idx ON t (a NULLS FIRST, b DESC NULLS LAST);
