CREATE TABLE t (a integer, b text);
CREATE INDEX t_a_idx ON public.t USING btree (a);
CREATE UNIQUE INDEX t_b_uidx ON ONLY public.t USING btree (b);
