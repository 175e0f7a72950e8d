CREATE FUNCTION public.f(a integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT COST 7
    SET search_path TO 'public'
    AS $$SELECT a$$;
COMMENT ON FUNCTION public.f(a integer) IS 'identity';
CREATE FUNCTION public.g() RETURNS integer
    LANGUAGE sql
    AS $$SELECT 2$$;
