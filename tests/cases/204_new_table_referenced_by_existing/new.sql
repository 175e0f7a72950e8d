-- an existing table gets a FK to a table created in the same migration in a new schema
CREATE SCHEMA ref;
CREATE TABLE ref.country (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, country_code char(2) REFERENCES ref.country (code));
