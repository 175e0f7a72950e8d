CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE t (
    id integer PRIMARY KEY,
    code text UNIQUE,
    parent_id integer REFERENCES parent (id),
    qty integer CHECK (qty > 0)
);
