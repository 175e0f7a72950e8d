-- timestamp without time zone changed to timestamptz
CREATE TABLE t (id integer PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
