-- a new table with a primary key, a unique constraint and an index is created
CREATE TABLE t (id integer PRIMARY KEY);
CREATE TABLE u (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX u_created_at_idx ON u (created_at);
