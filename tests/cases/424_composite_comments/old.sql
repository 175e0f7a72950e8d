CREATE TYPE c AS (a integer, b text);
COMMENT ON COLUMN c.a IS 'old a';
