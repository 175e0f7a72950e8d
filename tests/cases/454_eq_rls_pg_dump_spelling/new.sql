-- pg_dump's spelling of RLS and policies equals the user's
SET search_path = '';
CREATE TABLE public.t (id integer NOT NULL, tenant_id integer, status character varying(10));
ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE POLICY p ON public.t USING ((tenant_id = (current_setting('app.tenant'::text))::integer));
COMMENT ON POLICY p ON public.t IS 'tenant isolation';
CREATE POLICY q ON public.t FOR SELECT USING (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])));
CREATE POLICY r ON public.t AS RESTRICTIVE FOR INSERT WITH CHECK ((tenant_id IS NOT NULL));
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
