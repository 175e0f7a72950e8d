CREATE FUNCTION next_code(n bigint) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'c' || n $$;
CREATE TABLE codes (
  id int PRIMARY KEY,
  code text DEFAULT next_code(7)
);
