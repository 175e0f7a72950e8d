CREATE SEQUENCE order_no_seq;
CREATE TABLE t (id serial);
