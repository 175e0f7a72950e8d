-- a dropped table takes its grants along; a new table gets its owner, grants and RLS after CREATE
CREATE TABLE fresh (id int, secret text);
ALTER TABLE fresh OWNER TO sd_owner;
GRANT SELECT (id) ON fresh TO sd_reader;
GRANT INSERT ON fresh TO sd_reader;
ALTER TABLE fresh ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON fresh TO sd_reader USING (id > 0);
