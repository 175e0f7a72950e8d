-- a CHECK and a UNIQUE constraint keep their definition but change name
CREATE TABLE t (id integer PRIMARY KEY, qty integer CONSTRAINT t_qty_positive CHECK (qty > 0), code text CONSTRAINT t_code_unique UNIQUE);
