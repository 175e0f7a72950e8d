-- CHECK and FOREIGN KEY constraints added to tables that exist: ADD ... NOT
-- VALID in expand, VALIDATE CONSTRAINT in contract. A constraint declared NOT
-- VALID stays so; a new table's foreign key is added plainly.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT customers_email_check CHECK (email LIKE '%@%')
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    total numeric(12,2) NOT NULL,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL,
    CONSTRAINT orders_total_check CHECK (total >= 0)
);
COMMENT ON CONSTRAINT orders_total_check ON orders IS 'no negative totals';
ALTER TABLE orders ADD CONSTRAINT orders_total_cap CHECK (total < 1000000) NOT VALID;
CREATE TABLE payments (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id)
);
