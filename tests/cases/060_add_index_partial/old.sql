CREATE TABLE t (id integer PRIMARY KEY, email text, deleted_at timestamptz, status text);
