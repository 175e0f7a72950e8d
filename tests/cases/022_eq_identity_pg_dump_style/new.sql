-- inline identity column vs pg_dump style ALTER COLUMN ... ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME ...)
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.u (
    id bigint NOT NULL,
    note text
);
ALTER TABLE public.u ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.u_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);
ALTER TABLE ONLY public.u
    ADD CONSTRAINT u_pkey PRIMARY KEY (id);
