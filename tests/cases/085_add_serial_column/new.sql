-- a serial column (implicit owned sequence + nextval default) is added
CREATE TABLE t (name text, id serial);
