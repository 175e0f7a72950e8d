CREATE TABLE users (id integer PRIMARY KEY, name varchar(80) NOT NULL, active boolean NOT NULL DEFAULT true);
