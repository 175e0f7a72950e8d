CREATE FUNCTION add_one(a int4) RETURNS int4 LANGUAGE PLPGSQL AS $$
BEGIN
  RETURN a + 1;
END
$$;

CREATE FUNCTION pair(x varchar(10), OUT y int, OUT z text) LANGUAGE sql AS 'select 1, ''a''';

CREATE FUNCTION nums(n integer DEFAULT 3) RETURNS SETOF integer LANGUAGE sql STABLE AS $$ SELECT generate_series(1, n) $$;

CREATE FUNCTION secure_now() RETURNS timestamptz
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $body$ BEGIN RETURN now(); END $body$;

CREATE FUNCTION tagged(t text DEFAULT 'x') RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
  RETURN upper(t);
