-- int -> bigint on a column used by a stored generated column (PG refuses a direct ALTER TYPE)
CREATE TABLE t (id integer PRIMARY KEY, qty bigint NOT NULL, double_qty integer GENERATED ALWAYS AS (qty * 2) STORED);
