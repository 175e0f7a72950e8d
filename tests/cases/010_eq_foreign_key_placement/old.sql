CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES parent,
    other_id integer,
    FOREIGN KEY (other_id) REFERENCES parent (id) ON DELETE CASCADE
);
