-- one function used by a column default, a CHECK, an index and a policy changes its result type and
-- parameter name (DROP + CREATE): all four are lifted off before and put back after, both directions
CREATE FUNCTION norm(v text) RETURNS character varying LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(v)) $$;
CREATE TABLE items (
  id int PRIMARY KEY,
  name text NOT NULL DEFAULT norm(' New '),
  owner text,
  CONSTRAINT items_name_normal CHECK (norm(name) <> '')
);
CREATE INDEX items_norm_name ON items (norm(name));
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_own ON items USING (norm(owner) = CURRENT_USER);
CREATE TABLE tags (label text DEFAULT norm('misc'));
