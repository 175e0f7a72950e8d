-- existing column defaults are changed
CREATE TABLE t (id integer PRIMARY KEY, status text DEFAULT 'new', n integer DEFAULT 2, at timestamptz DEFAULT CURRENT_TIMESTAMP);
