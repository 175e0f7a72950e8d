CREATE TABLE t (id int, a int);
CREATE POLICY p ON t USING (a > 0);
CREATE POLICY q ON t USING (a < 0);
COMMENT ON POLICY q ON t IS 'negative';
