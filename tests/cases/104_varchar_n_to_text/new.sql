-- varchar(100) changed to text (backward is narrowing)
CREATE TABLE t (id integer PRIMARY KEY, note text DEFAULT 'none');
