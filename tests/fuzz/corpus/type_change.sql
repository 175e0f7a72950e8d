-- varchar(50) -> varchar(200) on a column carrying an index, a unique constraint and a check
CREATE TABLE t (id integer PRIMARY KEY, code varchar(200) NOT NULL UNIQUE CHECK (code <> ''));
CREATE INDEX t_lower_code_idx ON t (lower(code));
