CREATE TABLE t (a integer, b integer, c integer);
COMMENT ON COLUMN t.b IS 'old b';
COMMENT ON COLUMN t.c IS 'old c';
