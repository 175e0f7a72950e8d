CREATE SCHEMA shop;
CREATE TYPE shop.kind AS ENUM ('physical', 'digital');
CREATE SEQUENCE shop.sku_seq;
CREATE TABLE shop.product (id integer PRIMARY KEY, sku bigint DEFAULT nextval('shop.sku_seq'), kind shop.kind NOT NULL);
CREATE TABLE shop.price (product_id integer REFERENCES shop.product (id), amount numeric(10, 2));
CREATE INDEX price_product_idx ON shop.price (product_id);
CREATE TABLE public.orders (id integer PRIMARY KEY, product_id integer REFERENCES shop.product (id));
