-- the expression of a GENERATED ALWAYS AS (...) STORED column changes
CREATE TABLE t (id integer PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL, note text, total numeric GENERATED ALWAYS AS (price * qty * 1.2) STORED);
