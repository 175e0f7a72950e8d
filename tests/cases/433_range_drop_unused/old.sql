CREATE TYPE daterange2 AS RANGE (subtype = date);
CREATE TABLE t (id integer PRIMARY KEY);
