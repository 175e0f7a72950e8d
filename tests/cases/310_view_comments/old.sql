CREATE TABLE t (id integer, note text);
CREATE VIEW v AS SELECT id, note FROM t;
COMMENT ON VIEW v IS 'old';
COMMENT ON COLUMN v.id IS 'identifier';
