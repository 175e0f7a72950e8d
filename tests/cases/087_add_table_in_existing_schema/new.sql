-- a new table is created in an existing non-public schema with a FK to public
CREATE SCHEMA app;
CREATE TABLE public.users (id integer PRIMARY KEY);
CREATE TABLE app.sessions (id uuid PRIMARY KEY, user_id integer NOT NULL REFERENCES public.users (id) ON DELETE CASCADE);
