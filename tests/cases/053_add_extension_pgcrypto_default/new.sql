-- extension pgcrypto is added and gen_random_bytes() used in a column default
CREATE EXTENSION pgcrypto;
CREATE TABLE t (id integer PRIMARY KEY, token text NOT NULL DEFAULT encode(gen_random_bytes(16), 'hex'));
