-- a composite type with a domain attribute, used by a new column
CREATE DOMAIN zip AS text CHECK (VALUE ~ '^[0-9]{5}$');
CREATE TYPE address AS (street text, city varchar(40), zip zip);
CREATE TABLE shop (id integer PRIMARY KEY, addr address, history address[]);
