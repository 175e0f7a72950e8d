-- PRIMARY KEY, UNIQUE, FOREIGN KEY and CHECK constraints are dropped (columns stay, NOT NULL kept)
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE t (id integer NOT NULL, code text, parent_id integer, qty integer);
