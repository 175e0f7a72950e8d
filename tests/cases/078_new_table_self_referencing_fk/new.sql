-- a new table with a self-referencing foreign key is created
CREATE TABLE t (id integer);
CREATE TABLE node (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES node, label text);
