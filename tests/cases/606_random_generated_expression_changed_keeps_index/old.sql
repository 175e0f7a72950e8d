CREATE TABLE public.t35 (
  id integer PRIMARY KEY,
  c36 integer,
  g39 bigint GENERATED ALWAYS AS (c36 * 2) STORED
);
CREATE INDEX ix54 ON public.t35 (g39);
CREATE INDEX ix55 ON public.t35 (id) WHERE g39 > 0;
