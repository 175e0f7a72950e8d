-- schema-qualified names vs names resolved through SET search_path
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE customer (id integer PRIMARY KEY, name text);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customer (id));
CREATE INDEX orders_customer_idx ON orders (customer_id);
SET search_path = public;
CREATE TABLE audit (id integer);
