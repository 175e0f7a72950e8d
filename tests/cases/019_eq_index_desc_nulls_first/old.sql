CREATE TABLE t (a integer, b integer);
CREATE INDEX t_a_idx ON t (a DESC NULLS FIRST);
CREATE INDEX t_b_idx ON t (b ASC NULLS LAST);
