-- a function's parameter type changes (a new identity: the old one is dropped, the new one created) while
-- an unchanged column default and CHECK call it
CREATE FUNCTION next_code(n integer) RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'c' || n $$;
CREATE TABLE codes (
  id int PRIMARY KEY,
  code text DEFAULT next_code(7)
);
