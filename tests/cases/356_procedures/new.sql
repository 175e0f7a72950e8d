CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE sql SECURITY DEFINER AS $$ INSERT INTO log VALUES (upper(m)) $$;
CREATE PROCEDURE swap(INOUT a int, INOUT b int) LANGUAGE plpgsql AS $$ DECLARE t int; BEGIN t := b; b := a; a := t; END $$;
CREATE PROCEDURE compute(IN x int, OUT y int) LANGUAGE plpgsql AS $$ BEGIN y := x * 2; END $$;
COMMENT ON PROCEDURE compute(int, int) IS 'doubles';
