-- FK ON DELETE/ON UPDATE actions and deferrability are changed
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
    id integer PRIMARY KEY,
    a integer REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE,
    b integer REFERENCES parent (id) ON DELETE RESTRICT,
    c integer REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED
);
