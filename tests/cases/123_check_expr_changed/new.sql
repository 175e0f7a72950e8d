-- the expression of a named and an unnamed CHECK constraint changes
CREATE TABLE t (id integer PRIMARY KEY, qty integer CHECK (qty >= 0), pct integer CONSTRAINT pct_range CHECK (pct BETWEEN 0 AND 1000));
