-- CHECK and FOREIGN KEY constraints added to tables that exist: ADD ... NOT
-- VALID in expand, VALIDATE CONSTRAINT in contract. A constraint declared NOT
-- VALID stays so; a new table's foreign key is added plainly.
CREATE TABLE customers (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    total numeric(12,2) NOT NULL
);
