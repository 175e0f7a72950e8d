CREATE TABLE public.t20 (
  id integer NOT NULL,
  CONSTRAINT t20_pkey PRIMARY KEY (id)
);
