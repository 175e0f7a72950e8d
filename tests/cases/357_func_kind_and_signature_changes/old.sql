CREATE FUNCTION do_work(n int) RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM n; END $$;
CREATE FUNCTION split(s text, OUT head text, OUT tail text) LANGUAGE sql AS $$ SELECT left(s, 1), substr(s, 2) $$;
CREATE FUNCTION greet(who text DEFAULT 'world') RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || who $$;
CREATE FUNCTION rows_of() RETURNS TABLE(a int, b text) LANGUAGE sql AS $$ SELECT 1, 'x' $$;
