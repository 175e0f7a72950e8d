-- attributes dropped, retyped and appended on an unused composite type
CREATE TYPE pair AS (a bigint, c date, d text COLLATE "C", e numeric);
