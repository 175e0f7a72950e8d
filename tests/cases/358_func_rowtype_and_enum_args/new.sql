CREATE TABLE keep (id int);
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id int PRIMARY KEY, name text, m mood);
CREATE FUNCTION a_people_name(p people) RETURNS text LANGUAGE sql AS $$ SELECT p.name $$;
CREATE FUNCTION a_is_happy(m mood) RETURNS boolean LANGUAGE sql AS $$ SELECT m = 'happy' $$;
CREATE FUNCTION a_all_people() RETURNS SETOF people LANGUAGE sql STABLE ROWS 50 AS $$ SELECT * FROM people $$;
