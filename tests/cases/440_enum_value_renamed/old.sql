CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'ok');
CREATE INDEX t_ok ON t (id) WHERE m = 'ok';
