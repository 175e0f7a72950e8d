CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status varchar(20));
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
