-- CREATE / DROP INDEX on a table that exists run CONCURRENTLY, outside a
-- transaction; an index on a new table is built plainly with it. A changed
-- index is dropped and rebuilt under its name, so both wait for contract.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_created_idx ON orders (created_at);
