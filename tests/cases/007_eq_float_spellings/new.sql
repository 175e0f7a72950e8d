-- float8/double precision/float/float(53) and float4/real/float(24)
CREATE TABLE t (a double precision, b real, c double precision, d float4, e float8, f real);
