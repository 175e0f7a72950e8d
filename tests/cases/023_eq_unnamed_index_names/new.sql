-- CREATE INDEX without a name gets t_a_idx, t_a_b_idx, t_lower_idx, t_a_idx1 ...
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_a_b_idx ON t (a, b);
CREATE INDEX t_lower_idx ON t (lower(b));
CREATE UNIQUE INDEX t_b_idx ON t (b);
CREATE INDEX t_a_idx1 ON t (a DESC);
