-- smallint -> integer under a stored generated column that has an expression index: the generated column is re-created, and its index must be too (found by tests/random, seed 19)
CREATE TABLE public.t18 (
  c20 integer DEFAULT -1,
  g21 bigint GENERATED ALWAYS AS (c20 * 2) STORED
);
CREATE INDEX ix42 ON public.t18 ((g21 + 1));
