CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, m mood DEFAULT 'happy', name text);
