-- extension hstore is added together with a new hstore column and gin index
CREATE EXTENSION hstore;
CREATE TABLE t (id integer PRIMARY KEY, attrs hstore);
CREATE INDEX t_attrs_idx ON t USING gin (attrs);
