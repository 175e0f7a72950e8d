CREATE DOMAIN public.pct AS numeric(5,2) DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN tag AS varchar(20) COLLATE "C" NOT NULL DEFAULT 'none' CHECK (VALUE <> '') CHECK (length(VALUE) > 1);
CREATE DOMAIN flag AS bool DEFAULT false;
CREATE DOMAIN ids AS int4[];
CREATE TABLE t (id integer PRIMARY KEY, p pct, g tag, f flag DEFAULT true, i ids);
