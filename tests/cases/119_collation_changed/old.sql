CREATE TABLE t (id integer PRIMARY KEY, code text, name text COLLATE "C");
CREATE INDEX t_code_idx ON t (code);
