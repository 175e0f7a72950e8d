CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, token text);
CREATE INDEX t_ab_idx ON t (a);
CREATE INDEX t_token_idx ON t (token);
CREATE INDEX t_b_idx ON t (b);
