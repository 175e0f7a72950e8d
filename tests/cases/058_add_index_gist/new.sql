-- a gist index on a range column is added
CREATE TABLE t (id integer PRIMARY KEY, valid_during daterange);
CREATE INDEX t_valid_during_idx ON t USING gist (valid_during);
