-- the expression of a stored generated column changes (drop + add of the column): the indexes on it and the partial index over it must be re-created (found by tests/random, seeds 278, 422)
CREATE TABLE public.t35 (
  id integer PRIMARY KEY,
  c36 integer,
  g39 bigint GENERATED ALWAYS AS (c36 * 3) STORED
);
CREATE INDEX ix54 ON public.t35 (g39);
CREATE INDEX ix55 ON public.t35 (id) WHERE g39 > 0;
