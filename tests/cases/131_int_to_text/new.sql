-- integer column converted to text (forward is safe, backward text -> integer can fail)
CREATE TABLE t (id integer PRIMARY KEY, ref text);
