-- a UNIQUE constraint with INCLUDE columns is added
CREATE TABLE t (id integer PRIMARY KEY, code text, label text);
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code) INCLUDE (label);
