CREATE SCHEMA app;
CREATE TABLE app.customer (id integer PRIMARY KEY, name text);
CREATE TABLE app.orders (id integer PRIMARY KEY, customer_id integer REFERENCES app.customer (id));
CREATE INDEX orders_customer_idx ON app.orders (customer_id);
CREATE TABLE public.audit (id integer);
