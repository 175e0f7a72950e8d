-- a UNIQUE on the primary key's columns inside CREATE TABLE: PostgreSQL silently leaves it out (no constraint, no index), so NEW as stored differs from NEW as read (found by tests/random, seed 103)
CREATE TABLE public.t20 (
  id integer NOT NULL,
  CONSTRAINT t20_pkey PRIMARY KEY (id),
  CONSTRAINT uq200000 UNIQUE (id)
);
