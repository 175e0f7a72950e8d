CREATE TABLE t (id int, a int);
ALTER TABLE t OWNER TO sd_owner;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t TO sd_reader USING (a > 0);
CREATE POLICY q ON t FOR SELECT TO sd_reader, sd_writer USING (true);
