CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id integer PRIMARY KEY, m mood);
