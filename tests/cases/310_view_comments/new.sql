CREATE TABLE t (id integer, note text);
CREATE VIEW v AS SELECT id, note FROM t;
COMMENT ON VIEW v IS 'new';
COMMENT ON COLUMN v.note IS 'free text';
CREATE VIEW w AS SELECT id FROM t;
COMMENT ON VIEW w IS 'brand new';
COMMENT ON COLUMN w.id IS 'it''s the id';
