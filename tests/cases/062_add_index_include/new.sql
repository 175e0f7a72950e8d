-- a covering index with INCLUDE columns is added
CREATE TABLE t (id integer PRIMARY KEY, customer_id integer, total numeric, note text);
CREATE INDEX t_customer_idx ON t (customer_id) INCLUDE (total, note);
