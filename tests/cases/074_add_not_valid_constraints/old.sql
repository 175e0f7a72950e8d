CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, qty integer, parent_id integer);
