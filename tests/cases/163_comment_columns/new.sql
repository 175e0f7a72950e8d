-- column comments are added, changed and removed in one migration
CREATE TABLE t (a integer, b integer, c integer);
COMMENT ON COLUMN t.a IS 'new a';
COMMENT ON COLUMN t.b IS 'changed b';
