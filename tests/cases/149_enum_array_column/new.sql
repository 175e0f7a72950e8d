-- an enum array column (with default '{}') whose enum gains a value, plus a gin index on the array
CREATE TYPE tag AS ENUM ('red', 'green', 'blue');
CREATE TABLE item (id integer PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{}');
CREATE INDEX item_tags_idx ON item USING gin (tags);
