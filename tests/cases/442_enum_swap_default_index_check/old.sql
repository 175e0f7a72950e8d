CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id integer PRIMARY KEY, s st NOT NULL DEFAULT 'a', CONSTRAINT t_not_c CHECK (s <> 'c'));
CREATE INDEX t_b ON t (id) WHERE s = 'b';
CREATE INDEX t_s ON t (s);
