CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('active', 'inactive');
CREATE TABLE public.t (id integer PRIMARY KEY, s app.state);
