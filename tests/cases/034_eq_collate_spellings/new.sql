-- COLLATE "C" vs COLLATE pg_catalog."C"; an explicit default collation is not stored
CREATE TABLE t (a text COLLATE pg_catalog."C", b text COLLATE pg_catalog."POSIX", c text COLLATE pg_catalog."default");
