CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE FUNCTION bump(cid int, by_n int DEFAULT 2) RETURNS int LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE r int;
BEGIN
  UPDATE counters SET n = n + by_n WHERE id = cid RETURNING n INTO r;
  RETURN coalesce(r, 0);
END $$;
CREATE FUNCTION label(x int) RETURNS text LANGUAGE sql STABLE STRICT COST 10 AS $$ SELECT 'value=' || x $$;
COMMENT ON FUNCTION label(integer) IS 'label a value';
