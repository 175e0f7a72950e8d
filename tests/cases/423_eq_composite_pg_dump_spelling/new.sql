-- a composite type and its comments as pg_dump writes them
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TYPE public.money_t AS (
	amount numeric(10,2),
	currency character(3),
	"Note" text COLLATE pg_catalog."C",
	tags character varying[]
);
COMMENT ON TYPE public.money_t IS 'money';
COMMENT ON COLUMN public.money_t.amount IS 'how much';
CREATE TABLE public.t (
    id integer NOT NULL,
    m public.money_t
);
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
