-- a new schema with an enum and a table using it (default), referencing an existing public table
CREATE TABLE customer (id integer PRIMARY KEY);
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_state AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.invoice (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (id),
    state billing.invoice_state NOT NULL DEFAULT 'draft'
);
