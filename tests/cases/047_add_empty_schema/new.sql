-- an empty schema is created (and dropped backward, no data involved)
CREATE TABLE t (id integer);
CREATE SCHEMA staging;
