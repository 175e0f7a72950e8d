-- a column a policy reads changes type: the policy is dropped before and re-created after
CREATE TABLE t (id int, level bigint);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (level > 0);
