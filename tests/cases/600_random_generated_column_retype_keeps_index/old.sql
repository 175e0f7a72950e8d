CREATE TABLE public.t18 (
  c20 smallint,
  g21 bigint GENERATED ALWAYS AS (c20 * 2) STORED
);
CREATE INDEX ix42 ON public.t18 ((g21 + 1));
