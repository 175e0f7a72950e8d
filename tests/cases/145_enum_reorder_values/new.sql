-- enum values are reordered (same set of labels) on a type used by a column with a default and an index
CREATE TYPE level AS ENUM ('low', 'medium', 'high');
CREATE TABLE item (id integer PRIMARY KEY, lvl level NOT NULL DEFAULT 'low');
CREATE INDEX item_lvl_idx ON item (lvl);
