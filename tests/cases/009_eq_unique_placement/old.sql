CREATE TABLE t (a integer, b text, UNIQUE (a, b), c text UNIQUE);
