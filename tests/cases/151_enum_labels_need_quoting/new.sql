-- enum labels with quotes, spaces, upper case and non-ASCII characters; one more added
CREATE TYPE label AS ENUM ('it''s', 'a b', 'UPPER', 'café', 'ünïcödé "quoted"');
CREATE TABLE t (id integer PRIMARY KEY, l label DEFAULT 'it''s');
