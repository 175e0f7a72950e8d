CREATE TABLE t (id integer PRIMARY KEY, valid_during daterange);
