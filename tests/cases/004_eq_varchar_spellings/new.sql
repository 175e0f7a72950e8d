-- varchar/character varying and char/character(1) spellings
CREATE TABLE t (a character varying(50), b character varying, c character(3), d char);
