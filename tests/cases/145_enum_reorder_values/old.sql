CREATE TYPE level AS ENUM ('low', 'high', 'medium');
CREATE TABLE item (id integer PRIMARY KEY, lvl level NOT NULL DEFAULT 'low');
CREATE INDEX item_lvl_idx ON item (lvl);
