CREATE TABLE t (id integer, grp text);
CREATE MATERIALIZED VIEW m AS SELECT t.grp, count(*) AS count FROM public.t GROUP BY t.grp WITH DATA;
CREATE INDEX m_grp ON public.m USING btree (grp);
CREATE VIEW sb WITH (security_barrier = 'true') AS SELECT t.id FROM public.t;
CREATE VIEW sub AS SELECT s.grp FROM ( SELECT t.grp FROM public.t) s;
CREATE VIEW cte AS WITH g AS ( SELECT t.grp FROM public.t ) SELECT g.grp FROM g;
CREATE VIEW gs AS SELECT g.g FROM generate_series(1, 3) g(g);
