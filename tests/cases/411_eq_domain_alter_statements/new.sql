-- a domain built up by ALTER DOMAIN statements (old) equals its direct declaration
CREATE DOMAIN d AS integer NOT NULL DEFAULT 3 CONSTRAINT a CHECK (VALUE > 0) CONSTRAINT b CHECK (VALUE < 1000);
CREATE DOMAIN e AS text;
CREATE TABLE t (id integer PRIMARY KEY, v d);
