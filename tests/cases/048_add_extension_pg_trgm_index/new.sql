-- extension pg_trgm is added together with a gin_trgm_ops index that needs it
CREATE EXTENSION pg_trgm;
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX t_name_trgm_idx ON t USING gin (name gin_trgm_ops);
