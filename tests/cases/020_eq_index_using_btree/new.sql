-- explicit USING btree (pg_dump style, public-qualified) vs implicit access method
CREATE TABLE t (a integer, b text);
CREATE INDEX t_a_idx ON t (a);
CREATE UNIQUE INDEX t_b_uidx ON t (b);
