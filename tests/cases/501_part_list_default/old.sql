CREATE TABLE t0 (id int);
