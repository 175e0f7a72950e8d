-- foreign keys with ON DELETE CASCADE / SET NULL / SET DEFAULT / RESTRICT and ON UPDATE CASCADE are added
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (
    id integer PRIMARY KEY,
    a integer REFERENCES parent (id) ON DELETE CASCADE ON UPDATE CASCADE,
    b integer REFERENCES parent (id) ON DELETE SET NULL,
    c integer DEFAULT 0 REFERENCES parent (id) ON DELETE SET DEFAULT,
    d integer REFERENCES parent (id) ON DELETE RESTRICT ON UPDATE RESTRICT
);
