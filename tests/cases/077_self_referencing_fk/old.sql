CREATE TABLE category (id integer PRIMARY KEY, parent_id integer, name text NOT NULL);
