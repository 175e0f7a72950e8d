CREATE TYPE tag AS ENUM ('red', 'green');
CREATE TABLE item (id integer PRIMARY KEY, tags tag[] NOT NULL DEFAULT '{}');
