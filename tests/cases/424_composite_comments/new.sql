-- comments on a composite type and its attributes changed
CREATE TYPE c AS (a integer, b text);
COMMENT ON TYPE c IS 'a pair';
COMMENT ON COLUMN c.b IS 'the b';
