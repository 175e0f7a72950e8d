CREATE TABLE t (a timestamptz, b timestamptz(3), c timestamp, d time, e timetz);
