-- a self-referencing foreign key is added to an existing table
CREATE TABLE category (id integer PRIMARY KEY, parent_id integer REFERENCES category (id) ON DELETE CASCADE, name text NOT NULL);
