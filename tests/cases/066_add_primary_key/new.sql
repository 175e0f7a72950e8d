-- a primary key is added to a table whose column was nullable (NOT NULL comes with it)
CREATE TABLE t (id integer PRIMARY KEY, name text);
