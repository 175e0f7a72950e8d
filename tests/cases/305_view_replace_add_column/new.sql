CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), status varchar(20));
CREATE VIEW open_orders AS SELECT id, total, status FROM orders WHERE status IN ('open', 'pending');
