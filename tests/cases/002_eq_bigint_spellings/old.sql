CREATE TABLE t (id int8 PRIMARY KEY, n bigint, s bigserial);
