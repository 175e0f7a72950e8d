CREATE TABLE t (id integer PRIMARY KEY, legacy_code text CHECK (legacy_code <> ''), name text);
CREATE INDEX t_legacy_code_idx ON t (legacy_code);
