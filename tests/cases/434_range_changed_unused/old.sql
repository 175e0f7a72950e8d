CREATE TYPE r AS RANGE (subtype = integer);
