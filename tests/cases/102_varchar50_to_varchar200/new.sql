-- varchar(50) widened to varchar(200) (backward truncates: destructive)
CREATE TABLE t (id integer PRIMARY KEY, name varchar(200) NOT NULL);
