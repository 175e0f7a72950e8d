-- a comment on a table is changed
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'new text';
