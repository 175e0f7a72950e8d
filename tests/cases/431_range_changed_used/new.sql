-- a range type in use changes subtype: re-created by swap through text
CREATE TYPE r AS RANGE (subtype = bigint);
CREATE TABLE t (id integer PRIMARY KEY, v r);
