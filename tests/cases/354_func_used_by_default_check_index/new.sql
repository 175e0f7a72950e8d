CREATE TABLE plain (id int PRIMARY KEY);
CREATE SCHEMA util;
CREATE FUNCTION util.new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE FUNCTION util.valid_code(c text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(c) = 32 $$;
CREATE FUNCTION util.code_prefix(c text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT left(c, 4) $$;
CREATE TABLE codes (
  id int PRIMARY KEY,
  code text NOT NULL DEFAULT util.new_code(),
  CONSTRAINT codes_code_valid CHECK (util.valid_code(code))
);
CREATE INDEX codes_prefix ON codes (util.code_prefix(code));
ALTER TABLE plain ADD COLUMN code text DEFAULT util.new_code();
