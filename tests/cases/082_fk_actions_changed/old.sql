CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
    id integer PRIMARY KEY,
    a integer REFERENCES parent (id),
    b integer REFERENCES parent (id) ON DELETE SET NULL,
    c integer REFERENCES parent (id)
);
