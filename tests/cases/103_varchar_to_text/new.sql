-- unbounded varchar changed to text (lossless both ways)
CREATE TABLE t (id integer PRIMARY KEY, note text);
