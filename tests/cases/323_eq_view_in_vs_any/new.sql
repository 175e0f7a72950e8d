CREATE TABLE t (id integer, status text, kind varchar(5));
CREATE VIEW v AS SELECT t.id FROM public.t WHERE ((t.status = ANY (ARRAY['a'::text, 'b'::text])) AND ((t.kind)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[])) AND (t.id = ANY (ARRAY[1, 2, 3])));
