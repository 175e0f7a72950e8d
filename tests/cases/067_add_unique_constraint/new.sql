-- single- and multi-column UNIQUE constraints are added (default names)
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, email text UNIQUE, UNIQUE (a, b));
