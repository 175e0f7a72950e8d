CREATE TABLE public.t5 (
  id integer,
  c8 text
);
CREATE VIEW public.v1 AS SELECT id, c8 FROM public.t5;
