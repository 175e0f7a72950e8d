-- a domain is created with a default, NOT NULL and a check; a new column uses it
CREATE DOMAIN positive_int AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_int_positive CHECK (VALUE > 0);
CREATE TABLE account (id integer PRIMARY KEY, credits positive_int);
