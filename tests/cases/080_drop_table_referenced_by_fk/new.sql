-- a table referenced by foreign keys from two other tables is dropped (the FKs go, the columns stay)
CREATE TABLE child1 (id integer PRIMARY KEY, parent_id integer);
CREATE TABLE child2 (id integer PRIMARY KEY, parent_id integer);
