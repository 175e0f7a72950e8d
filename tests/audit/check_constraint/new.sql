CREATE TABLE products (id int PRIMARY KEY, price numeric CONSTRAINT price_positive CHECK (price > 0));
