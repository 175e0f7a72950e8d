CREATE DOMAIN amount AS integer DEFAULT 0 CHECK (VALUE >= 0);
CREATE TABLE payment (id integer PRIMARY KEY, a amount DEFAULT 7, b amount[]);
CREATE INDEX payment_big ON payment (id) WHERE a > 10;
