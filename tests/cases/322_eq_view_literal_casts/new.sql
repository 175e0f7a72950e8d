CREATE TABLE t (id integer, code varchar(10), price numeric, at timestamp);
CREATE VIEW v AS SELECT t.id, 'x'::text AS tag, 42 AS answer, '-1'::integer AS neg, t.code FROM public.t
  WHERE (((t.code)::text = 'abc'::text) AND (t.price > 1.5) AND ((t.id >= 1) AND (t.id <= 10)) AND ((t.code)::text ~~ 'a%'::text));
CREATE VIEW w AS SELECT CASE WHEN (t.id > 1) THEN 'big'::text ELSE NULL::text END AS size, COALESCE(t.code, 'none'::character varying) AS c, (now() - '1 day'::interval) AS yesterday FROM public.t;
