-- attribute order changes (and one is inserted first): the type is re-created and values moved by name (lossless up; down drops label)
CREATE TYPE pt AS (label text, y integer, x integer);
CREATE TABLE shape (id integer PRIMARY KEY, p pt);
