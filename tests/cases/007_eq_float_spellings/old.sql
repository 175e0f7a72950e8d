CREATE TABLE t (a float8, b float4, c float, d real, e float(53), f float(24));
