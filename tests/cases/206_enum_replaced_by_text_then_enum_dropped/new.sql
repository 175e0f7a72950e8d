-- a column moves from an enum type back to text and the enum type is dropped (forward safe, backward cast can fail)
CREATE TABLE t (id integer PRIMARY KEY, c text NOT NULL DEFAULT 'red');
