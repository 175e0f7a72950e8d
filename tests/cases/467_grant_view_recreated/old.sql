CREATE TABLE t (id int, level int);
ALTER TABLE t OWNER TO sd_owner;
CREATE VIEW v AS SELECT id, level FROM t;
ALTER VIEW v OWNER TO sd_owner;
GRANT SELECT ON v TO sd_reader;
