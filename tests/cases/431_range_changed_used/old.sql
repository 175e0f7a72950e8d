CREATE TYPE r AS RANGE (subtype = integer);
CREATE TABLE t (id integer PRIMARY KEY, v r);
