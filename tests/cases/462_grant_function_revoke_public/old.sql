CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
ALTER FUNCTION add_one(integer) OWNER TO sd_owner;
CREATE PROCEDURE reset_all() LANGUAGE sql AS $$ SELECT 1 $$;
ALTER PROCEDURE reset_all() OWNER TO sd_owner;
REVOKE EXECUTE ON PROCEDURE reset_all() FROM PUBLIC;
