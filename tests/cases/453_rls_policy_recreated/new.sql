-- command, permissive/restrictive or a removed clause changed: drop + create (or in one step); a policy dropped, one added
CREATE TABLE docs (id integer PRIMARY KEY, level integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_cmd ON docs FOR UPDATE USING (level > 0);
CREATE POLICY p_kind ON docs AS RESTRICTIVE USING (level < 100);
CREATE POLICY p_check ON docs FOR UPDATE USING (true);
CREATE POLICY p_new ON docs FOR INSERT WITH CHECK (level IS NOT NULL);
