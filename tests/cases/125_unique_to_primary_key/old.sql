CREATE TABLE t (code text UNIQUE, name text);
