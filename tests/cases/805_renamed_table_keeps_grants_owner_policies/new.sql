CREATE TABLE purchases ( -- schemadiff:renamed-from orders
  id int,
  owner_name text,
  amount numeric, -- schemadiff:renamed-from total
  CONSTRAINT orders_pk PRIMARY KEY (id)
);
ALTER TABLE purchases OWNER TO sd_owner;
COMMENT ON TABLE purchases IS 'customer orders';
COMMENT ON COLUMN purchases.amount IS 'in cents';
GRANT SELECT, INSERT ON purchases TO sd_reader;
GRANT UPDATE (amount) ON purchases TO sd_writer;
ALTER TABLE purchases ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_mine ON purchases FOR SELECT TO sd_reader USING (owner_name = CURRENT_USER);
COMMENT ON POLICY orders_mine ON purchases IS 'own rows';
CREATE VIEW order_totals AS SELECT id, amount AS total FROM purchases;
ALTER VIEW order_totals OWNER TO sd_owner;
GRANT SELECT ON order_totals TO sd_reader;
