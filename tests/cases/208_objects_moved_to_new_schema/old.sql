CREATE TYPE public.state AS ENUM ('on', 'off');
CREATE TABLE device (id integer PRIMARY KEY, s text);
