-- nullable columns are appended to an existing table
CREATE TABLE t (id integer PRIMARY KEY, note text, score numeric(5, 2));
