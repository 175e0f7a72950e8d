CREATE DOMAIN qty AS integer DEFAULT 0;
CREATE DOMAIN label AS text NOT NULL DEFAULT 'x';
CREATE TABLE item (id integer PRIMARY KEY, q qty, l label);
