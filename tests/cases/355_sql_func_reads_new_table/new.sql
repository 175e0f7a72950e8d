CREATE TABLE a_first (id int);
CREATE TABLE zz_orders (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION a_count_orders() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM zz_orders $$;
CREATE FUNCTION a_order_total(oid int) RETURNS numeric LANGUAGE sql STABLE
  BEGIN ATOMIC
    SELECT sum(amount) FROM zz_orders WHERE id = oid;
  END;
CREATE FUNCTION a_plpgsql_orders() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM zz_orders); END $$;
