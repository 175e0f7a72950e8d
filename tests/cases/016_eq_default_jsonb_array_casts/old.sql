CREATE TABLE t (id integer, data jsonb NOT NULL DEFAULT '{}', tags text[] DEFAULT '{}');
