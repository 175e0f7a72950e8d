-- the same, as pg_dump prints them
CREATE TABLE public.ev (
    id integer,
    at timestamp without time zone DEFAULT '2020-01-01 00:00:00'::timestamp without time zone,
    day date DEFAULT '2020-01-01'::date,
    t time without time zone,
    CONSTRAINT ev_at_check CHECK ((at > '2000-01-01 00:00:00'::timestamp without time zone))
);
CREATE VIEW public.recent AS
 SELECT ev.id,
    '2021-05-06'::date AS since
   FROM public.ev
  WHERE ((ev.at >= '2020-01-01 00:00:00'::timestamp without time zone) AND (ev.day < '2021-02-03'::date) AND (ev.t > '10:30:00'::time without time zone) AND (ev.at < '2020-06-01 12:00:00.5'::timestamp without time zone));
