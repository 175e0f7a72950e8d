CREATE TABLE t (id integer PRIMARY KEY, customer_id integer, total numeric, note text);
