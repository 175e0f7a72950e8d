-- GRANT ALL, REVOKE, GRANT OPTION FOR and pg_dump's spelling describe the same ACL
SET search_path = '';
CREATE TABLE public.t (id integer, a text);
ALTER TABLE public.t OWNER TO sd_owner;
GRANT SELECT,INSERT,REFERENCES,DELETE,TRIGGER,UPDATE ON TABLE public.t TO sd_reader;
GRANT SELECT ON TABLE public.t TO sd_writer WITH GRANT OPTION;
GRANT UPDATE ON TABLE public.t TO sd_writer;
GRANT INSERT(a) ON TABLE public.t TO sd_writer;
