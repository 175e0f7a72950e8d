-- int/int4/integer and int2/smallint are the same type
CREATE TABLE t (a integer, b integer, c int, d int2, e smallint);
