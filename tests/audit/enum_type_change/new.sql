CREATE TYPE order_state AS ENUM ('open', 'shipped');
CREATE TABLE orders (id int PRIMARY KEY, state order_state);
