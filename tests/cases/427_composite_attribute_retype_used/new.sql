-- an attribute of a composite type stored in table columns widens: PostgreSQL cannot ALTER ATTRIBUTE TYPE then, so the type is swapped
CREATE TYPE pt AS (x bigint, y integer);
CREATE TABLE shape (id integer PRIMARY KEY, p pt, ps pt[]);
