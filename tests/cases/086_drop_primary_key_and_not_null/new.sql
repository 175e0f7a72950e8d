-- dropping a PRIMARY KEY whose column is no longer NOT NULL in the new schema
CREATE TABLE t (id integer, name text);
