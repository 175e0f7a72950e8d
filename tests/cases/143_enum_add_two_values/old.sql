CREATE TYPE size AS ENUM ('s', 'l');
CREATE TABLE shirt (id integer PRIMARY KEY, sz size);
