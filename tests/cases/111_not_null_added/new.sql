-- NOT NULL is added to existing columns
CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, email text NOT NULL);
