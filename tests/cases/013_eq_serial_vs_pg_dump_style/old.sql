CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL, parent_id integer REFERENCES t (id));
