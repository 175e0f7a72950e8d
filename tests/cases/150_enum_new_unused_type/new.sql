-- a new enum type that nothing uses yet is created
CREATE TABLE t (id integer);
CREATE TYPE color AS ENUM ('red', 'green', 'blue');
