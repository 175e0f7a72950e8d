CREATE TABLE t (a decimal(10,2), b decimal, c numeric(5));
