-- an enum in a non-public schema gains a value and is used by a new column in public
CREATE SCHEMA app;
CREATE TYPE app.state AS ENUM ('active', 'inactive', 'archived');
CREATE TABLE public.t (id integer PRIMARY KEY, s app.state, previous app.state DEFAULT 'active');
