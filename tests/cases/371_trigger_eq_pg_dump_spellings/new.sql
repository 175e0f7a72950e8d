CREATE TABLE public.t (a integer, b text);
CREATE FUNCTION public.trg() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_changed BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.trg();
CREATE TRIGGER t_b BEFORE UPDATE OF b ON public.t FOR EACH ROW WHEN (((new.b <> 'x'::text) AND (old.a = ANY (ARRAY[1, 2])))) EXECUTE FUNCTION public.trg('1', 'two');
CREATE TRIGGER t_stmt AFTER INSERT ON public.t FOR EACH STATEMENT EXECUTE FUNCTION public.trg();
ALTER TABLE public.t DISABLE TRIGGER t_stmt;
