-- a comment on a table is added
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'Main table';
