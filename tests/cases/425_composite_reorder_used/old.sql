CREATE TYPE pt AS (x integer, y integer);
CREATE TABLE shape (id integer PRIMARY KEY, p pt);
