CREATE TYPE pt AS (x integer, y integer, label text);
CREATE TABLE shape (id integer PRIMARY KEY, p pt);
