-- policy comments added, changed and removed (RLS itself off: policies exist anyway)
CREATE TABLE t (id int, a int);
CREATE POLICY p ON t USING (a > 0);
COMMENT ON POLICY p ON t IS 'positive';
CREATE POLICY q ON t USING (a < 0);
CREATE POLICY n ON t USING (a = 0);
COMMENT ON POLICY n ON t IS 'new one';
