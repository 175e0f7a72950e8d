SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.add_one(a integer) RETURNS integer
    LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER NOT LEAKPROOF PARALLEL UNSAFE COST 100
    AS '
BEGIN
  RETURN a + 1;
END
';

CREATE FUNCTION public.pair(x character varying, OUT y integer, OUT z text) RETURNS record
    LANGUAGE sql
    AS $$select 1, 'a'$$;

CREATE FUNCTION public.nums(n integer DEFAULT 3) RETURNS SETOF integer
    LANGUAGE sql STABLE ROWS 1000
    AS $_$ SELECT generate_series(1, n) $_$;

CREATE FUNCTION public.secure_now() RETURNS timestamp with time zone
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN RETURN now(); END $$;

CREATE FUNCTION public.tagged(t text DEFAULT 'x'::text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 5
    RETURN upper(t);
