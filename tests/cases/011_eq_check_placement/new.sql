-- CHECK inline/table-level vs ALTER TABLE ADD CONSTRAINT; single-column name t_a_check, multi-column name t_check
CREATE TABLE t (a integer, b integer, c integer);
ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0);
ALTER TABLE t ADD CONSTRAINT t_check CHECK ((b < c));
