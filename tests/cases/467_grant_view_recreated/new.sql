-- a view re-created because a column it reads changes type gets its grants and owner back
CREATE TABLE t (id int, level bigint);
ALTER TABLE t OWNER TO sd_owner;
CREATE VIEW v AS SELECT id, level FROM t;
ALTER VIEW v OWNER TO sd_owner;
GRANT SELECT ON v TO sd_reader;
