-- a domain over a domain, and a column of it: created in dependency order, dropped in reverse
CREATE DOMAIN zz_base AS integer CHECK (VALUE > 0);
CREATE DOMAIN aa_small AS zz_base CHECK (VALUE < 100);
CREATE TABLE t (id integer PRIMARY KEY, v aa_small);
