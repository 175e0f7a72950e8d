-- a column used by a view is renamed (annotation): the backward migration re-creates the view with the old column name before renaming the column back (found by tests/random --kinds +view, seeds 5009, 5058)
CREATE TABLE public.t5 (
  r1 integer, -- schemadiff:renamed-from id
  c8 text
);
CREATE VIEW public.v1 AS SELECT r1, c8 FROM public.t5;
