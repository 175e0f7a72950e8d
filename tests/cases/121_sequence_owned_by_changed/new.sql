-- a standalone sequence becomes OWNED BY a column and is used as its default
CREATE TABLE t (id integer NOT NULL, name text);
CREATE SEQUENCE t_id_seq OWNED BY t.id;
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_id_seq');
