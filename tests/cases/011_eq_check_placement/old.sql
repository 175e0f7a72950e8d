CREATE TABLE t (a integer CHECK (a > 0), b integer, c integer, CHECK (b < c));
