-- a new schema containing two related tables is created
CREATE TABLE t (id integer PRIMARY KEY);
CREATE SCHEMA reporting;
CREATE TABLE reporting.daily (day date PRIMARY KEY, total bigint NOT NULL DEFAULT 0);
CREATE TABLE reporting.daily_detail (day date REFERENCES reporting.daily (day) ON DELETE CASCADE, t_id integer REFERENCES public.t (id), amount bigint);
