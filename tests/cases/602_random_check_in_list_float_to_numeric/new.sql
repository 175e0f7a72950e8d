-- double precision <-> numeric under CHECK (c IN (1, 2, 3)): ALTER TYPE keeps the check with casts to the old type (c = ANY (ARRAY[1::numeric, …]::double precision[])), which differs from the declared check (found by tests/random, seed 81)
CREATE TABLE public.t12 (
  c14 decimal NOT NULL,
  CONSTRAINT ck20 CHECK (c14 IN (1, 2, 3))
);
