CREATE PROCEDURE do_work(n int) LANGUAGE plpgsql AS $$ BEGIN PERFORM n; END $$;
CREATE FUNCTION split(s text, OUT first text, OUT rest text) LANGUAGE sql AS $$ SELECT left(s, 1), substr(s, 2) $$;
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || who $$;
CREATE FUNCTION rows_of() RETURNS TABLE(a int, b text, c boolean) LANGUAGE sql AS $$ SELECT 1, 'x', true $$;
