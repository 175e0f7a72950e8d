-- a hash index is added
CREATE TABLE t (id integer PRIMARY KEY, token text);
CREATE INDEX t_token_hash_idx ON t USING hash (token);
