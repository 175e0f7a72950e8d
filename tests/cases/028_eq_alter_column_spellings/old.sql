CREATE TABLE t (a integer NULL, b integer NOT NULL, c integer DEFAULT 5, d text NOT NULL DEFAULT 'n');
