CREATE TYPE label AS ENUM ('it''s', 'a b', 'UPPER', 'café');
CREATE TABLE t (id integer PRIMARY KEY, l label DEFAULT 'it''s');
