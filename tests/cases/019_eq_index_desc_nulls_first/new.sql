-- index DESC NULLS FIRST equals DESC, ASC NULLS LAST equals plain
CREATE TABLE t (a integer, b integer);
CREATE INDEX t_a_idx ON t (a DESC);
CREATE INDEX t_b_idx ON t (b);
