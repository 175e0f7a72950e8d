CREATE TABLE t (id integer PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now());
