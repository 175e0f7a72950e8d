-- a table and one of its columns renamed by annotation: the owner, grants (table and column), policy,
-- comments and a view over it follow the rename (PostgreSQL keeps them by OID); nothing is re-granted
CREATE TABLE orders (
  id int,
  owner_name text,
  total numeric,
  CONSTRAINT orders_pk PRIMARY KEY (id)
);
ALTER TABLE orders OWNER TO sd_owner;
COMMENT ON TABLE orders IS 'customer orders';
COMMENT ON COLUMN orders.total IS 'in cents';
GRANT SELECT, INSERT ON orders TO sd_reader;
GRANT UPDATE (total) ON orders TO sd_writer;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_mine ON orders FOR SELECT TO sd_reader USING (owner_name = CURRENT_USER);
COMMENT ON POLICY orders_mine ON orders IS 'own rows';
CREATE VIEW order_totals AS SELECT id, total FROM orders;
ALTER VIEW order_totals OWNER TO sd_owner;
GRANT SELECT ON order_totals TO sd_reader;
