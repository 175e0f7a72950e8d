-- a domain in a new schema used by a column of a table in an existing schema
CREATE SCHEMA app;
CREATE SCHEMA types;
CREATE DOMAIN types."Money Amount" AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE app.t (id integer PRIMARY KEY, amount types."Money Amount" NOT NULL DEFAULT 0);
