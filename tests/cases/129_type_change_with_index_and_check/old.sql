CREATE TABLE t (id integer PRIMARY KEY, code varchar(50) NOT NULL UNIQUE CHECK (code <> ''));
CREATE INDEX t_lower_code_idx ON t (lower(code));
