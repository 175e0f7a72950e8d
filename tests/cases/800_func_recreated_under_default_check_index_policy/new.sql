CREATE FUNCTION norm(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(btrim(input)) $$;
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
