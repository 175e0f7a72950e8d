-- NOT NULL is removed from existing columns
CREATE TABLE t (id integer PRIMARY KEY, name text, email text DEFAULT '');
