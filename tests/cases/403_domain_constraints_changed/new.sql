-- a constraint added, one dropped, one changed, one validated
CREATE DOMAIN score AS integer CONSTRAINT score_min CHECK (VALUE >= 1) CONSTRAINT score_even CHECK (VALUE % 2 = 0);
CREATE DOMAIN code AS text CONSTRAINT code_len CHECK (length(VALUE) > 1);
CREATE TABLE game (id integer PRIMARY KEY, s score, c code);
