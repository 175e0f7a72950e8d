CREATE TABLE parent (id integer PRIMARY KEY, code text NOT NULL);
CREATE TABLE child (id integer PRIMARY KEY, parent_code text);
