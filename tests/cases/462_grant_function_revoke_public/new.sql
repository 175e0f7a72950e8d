-- REVOKE EXECUTE ... FROM PUBLIC on a function is a change; grants on a function and a procedure; owner changed
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
ALTER FUNCTION add_one(integer) OWNER TO sd_reader;
REVOKE EXECUTE ON FUNCTION add_one(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add_one TO sd_owner WITH GRANT OPTION;
CREATE PROCEDURE reset_all() LANGUAGE sql AS $$ SELECT 1 $$;
ALTER PROCEDURE reset_all() OWNER TO sd_owner;
GRANT EXECUTE ON PROCEDURE reset_all() TO sd_reader;
