-- numeric(10,2) changed to numeric(12,4) (backward loses scale)
CREATE TABLE t (id integer PRIMARY KEY, price numeric(12, 4));
