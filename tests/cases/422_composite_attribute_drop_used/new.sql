-- an attribute is dropped from a composite type stored in a table (data loss), another appended
CREATE TYPE pt AS (x integer, y integer, z integer);
CREATE TABLE shape (id integer PRIMARY KEY, p pt);
