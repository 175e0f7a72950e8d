CREATE TABLE t (a integer, b integer);
COMMENT ON TABLE t IS 'final';
