CREATE TABLE t (id integer NOT NULL, name text);
CREATE SEQUENCE t_id_seq;
