CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE account (id integer PRIMARY KEY);
