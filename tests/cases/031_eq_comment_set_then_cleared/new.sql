-- COMMENT ... IS NULL and IS '' remove a comment; a later COMMENT overrides an earlier one
CREATE TABLE t (a integer, b integer);
COMMENT ON TABLE t IS 'first';
COMMENT ON TABLE t IS 'final';
COMMENT ON COLUMN t.a IS 'temporary';
COMMENT ON COLUMN t.a IS NULL;
COMMENT ON COLUMN t.b IS 'temporary';
COMMENT ON COLUMN t.b IS '';
