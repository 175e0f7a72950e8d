-- a composite type built up by ALTER TYPE statements (old) equals its direct declaration
CREATE TYPE c AS (a bigint, bb text, d date);
CREATE TYPE c2 AS (x integer);
