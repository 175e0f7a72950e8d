-- a unique index (not a constraint) is added
CREATE TABLE t (id integer PRIMARY KEY, email text);
CREATE UNIQUE INDEX t_email_uidx ON t (email);
