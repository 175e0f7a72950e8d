-- numeric(12,2) becomes unconstrained numeric (backward is narrowing)
CREATE TABLE t (id integer PRIMARY KEY, amount numeric NOT NULL DEFAULT 0);
