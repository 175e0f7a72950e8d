CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, a integer, b integer, c integer DEFAULT 0, d integer);
