-- existing column defaults are removed
CREATE TABLE t (id integer PRIMARY KEY, status text, n integer NOT NULL);
