CREATE TABLE docs (id integer PRIMARY KEY, level integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_cmd ON docs FOR SELECT USING (level > 0);
CREATE POLICY p_kind ON docs USING (level < 100);
CREATE POLICY p_check ON docs FOR UPDATE USING (true) WITH CHECK (level > 0);
CREATE POLICY p_gone ON docs FOR DELETE USING (level = 0);
