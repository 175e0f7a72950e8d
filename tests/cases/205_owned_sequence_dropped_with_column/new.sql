-- dropping a serial column also drops its owned sequence
CREATE TABLE t (name text);
