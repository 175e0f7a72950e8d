CREATE TABLE t (id integer PRIMARY KEY, email text, first_name text, last_name text, a integer, b integer);
