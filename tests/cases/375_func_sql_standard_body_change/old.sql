CREATE TABLE prices (id int PRIMARY KEY, amount numeric);
CREATE FUNCTION net(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN x * 0.8;
CREATE FUNCTION price_of(pid int) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT amount FROM prices WHERE id = pid;
END;
