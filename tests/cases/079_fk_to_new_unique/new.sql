-- a FK referencing a UNIQUE constraint that is added in the same migration
CREATE TABLE parent (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE child (id integer PRIMARY KEY, parent_code text REFERENCES parent (code));
