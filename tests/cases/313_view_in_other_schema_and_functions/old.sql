CREATE SCHEMA rpt;
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL DEFAULT now());
