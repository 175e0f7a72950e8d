-- same-named indexes change columns, method and uniqueness
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, token text);
CREATE INDEX t_ab_idx ON t (a, b);
CREATE INDEX t_token_idx ON t USING hash (token);
CREATE UNIQUE INDEX t_b_idx ON t (b);
