-- the same, as pg_dump writes it
SET check_function_bodies = false;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE DOMAIN public.flag AS boolean DEFAULT false;
CREATE DOMAIN public.ids AS integer[];
CREATE DOMAIN public.pct AS numeric(5,2) DEFAULT 0
	CONSTRAINT pct_check CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));
CREATE DOMAIN public.tag AS character varying(20) COLLATE pg_catalog."C" DEFAULT 'none'::character varying NOT NULL
	CONSTRAINT tag_check CHECK (((VALUE)::text <> ''::text))
	CONSTRAINT tag_check1 CHECK ((length((VALUE)::text) > 1));
CREATE TABLE public.t (
    id integer NOT NULL,
    p public.pct,
    g public.tag,
    f public.flag DEFAULT true,
    i public.ids
);
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
