-- domain defaults set, changed and dropped; NOT NULL set and dropped
CREATE DOMAIN qty AS integer DEFAULT 5 NOT NULL;
CREATE DOMAIN label AS text;
CREATE TABLE item (id integer PRIMARY KEY, q qty, l label);
