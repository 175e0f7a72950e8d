-- UNIQUE inline/table-level vs ALTER TABLE ADD CONSTRAINT with default names t_a_b_key, t_c_key
CREATE TABLE t (a integer, b text, c text);
ALTER TABLE t ADD CONSTRAINT t_a_b_key UNIQUE (a, b);
ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c);
