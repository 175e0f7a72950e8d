CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'ok');
