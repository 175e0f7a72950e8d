-- CREATE / DROP INDEX on a table that exists run CONCURRENTLY, outside a
-- transaction; an index on a new table is built plainly with it. A changed
-- index is dropped and rebuilt under its name, so both wait for contract.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC) WHERE status <> 'archived';
COMMENT ON INDEX orders_customer_created_idx IS 'recent orders per customer';
-- a changed definition: dropped and built again, both concurrently, in contract
CREATE INDEX orders_created_idx ON orders (created_at DESC);
CREATE UNIQUE INDEX orders_id_status_idx ON orders (id, status);

CREATE TABLE refunds (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL
);
CREATE INDEX refunds_order_idx ON refunds (order_id);
