CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE TABLE u (a integer, b integer, PRIMARY KEY (a, b));
