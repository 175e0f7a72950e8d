CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE FUNCTION bump(cid int, by_n int DEFAULT 1) RETURNS int LANGUAGE plpgsql AS $$
DECLARE r int;
BEGIN
  UPDATE counters SET n = n + by_n WHERE id = cid RETURNING n INTO r;
  RETURN r;
END $$;
CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'n=' || x $$;
COMMENT ON FUNCTION label(int) IS 'label a number';
