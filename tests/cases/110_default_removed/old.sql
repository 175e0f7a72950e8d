CREATE TABLE t (id integer PRIMARY KEY, status text DEFAULT 'draft', n integer NOT NULL DEFAULT 0);
