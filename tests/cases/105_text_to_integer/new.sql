-- text column converted to integer (needs USING; forward can fail/lose data, backward is safe)
CREATE TABLE t (id integer PRIMARY KEY, qty integer);
