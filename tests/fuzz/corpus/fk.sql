CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child1 (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
CREATE TABLE child2 (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id) ON DELETE CASCADE);
