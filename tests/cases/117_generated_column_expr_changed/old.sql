CREATE TABLE t (id integer PRIMARY KEY, price numeric NOT NULL, qty integer NOT NULL, note text, total numeric GENERATED ALWAYS AS (price * qty) STORED);
