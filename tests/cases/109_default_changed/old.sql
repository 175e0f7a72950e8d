CREATE TABLE t (id integer PRIMARY KEY, status text DEFAULT 'draft', n integer DEFAULT 1, at timestamptz DEFAULT now());
