-- PRIMARY KEY inline vs table-level vs ALTER TABLE ADD CONSTRAINT t_pkey (PK implies NOT NULL)
CREATE TABLE t (id integer, name text);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE TABLE u (a integer NOT NULL, b integer, CONSTRAINT u_pkey PRIMARY KEY (a, b));
