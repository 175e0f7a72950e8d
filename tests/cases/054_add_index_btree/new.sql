-- plain btree indexes (single and multi-column) are added
CREATE TABLE t (id integer PRIMARY KEY, a integer, b text);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_a_idx ON t (b, a);
