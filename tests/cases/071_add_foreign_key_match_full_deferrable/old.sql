CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (id integer PRIMARY KEY, pa integer, pb integer);
