-- a brin index is added
CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);
CREATE INDEX events_happened_at_brin ON events USING brin (happened_at);
