-- decimal/numeric and numeric(5)/numeric(5,0)
CREATE TABLE t (a numeric(10, 2), b numeric, c decimal(5, 0));
