CREATE TABLE events (
  id bigint NOT NULL,
  created_at date NOT NULL,
  payload text,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON events (payload);
ALTER TABLE events ADD CONSTRAINT events_payload_check CHECK (payload <> '');
