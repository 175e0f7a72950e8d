CREATE TYPE public.e1 AS ENUM ('a', 'b', 'c');
CREATE TABLE public.t6 (
  id integer PRIMARY KEY,
  s public.e1,
  CONSTRAINT ck28 CHECK (s <> 'b')
);
CREATE INDEX ix1 ON public.t6 (id) WHERE s <> 'a';
COMMENT ON CONSTRAINT ck28 ON public.t6 IS 'check comment';
COMMENT ON INDEX public.ix1 IS 'index comment';
