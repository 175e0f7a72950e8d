CREATE TABLE t (a int, b int4, c integer, d smallint, e int2);
