-- a UNIQUE constraint on a nullable column is replaced by a PRIMARY KEY
CREATE TABLE t (code text PRIMARY KEY, name text);
