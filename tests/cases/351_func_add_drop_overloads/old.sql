CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT pi() * r * r';
CREATE FUNCTION area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT w * h';
CREATE FUNCTION old_helper() RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;
