CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty > 0), code text UNIQUE);
COMMENT ON CONSTRAINT t_code_key ON t IS 'going away';
