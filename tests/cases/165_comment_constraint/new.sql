-- comments on a CHECK and a PRIMARY KEY constraint are added and one is removed
CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty > 0), code text UNIQUE);
COMMENT ON CONSTRAINT t_qty_check ON t IS 'quantity must be positive';
COMMENT ON CONSTRAINT t_pkey ON public.t IS 'surrogate key';
