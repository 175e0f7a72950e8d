CREATE TABLE t (id uuid PRIMARY KEY, name text);
