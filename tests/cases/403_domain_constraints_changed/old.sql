CREATE DOMAIN score AS integer CONSTRAINT score_min CHECK (VALUE >= 0) CONSTRAINT score_max CHECK (VALUE <= 100);
CREATE DOMAIN code AS text;
ALTER DOMAIN code ADD CONSTRAINT code_len CHECK (length(VALUE) > 1) NOT VALID;
CREATE TABLE game (id integer PRIMARY KEY, s score, c code);
