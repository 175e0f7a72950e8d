-- defaults are added to existing columns
CREATE TABLE t (id integer PRIMARY KEY, status text DEFAULT 'draft', created_at timestamptz DEFAULT now(), n integer DEFAULT (-1));
