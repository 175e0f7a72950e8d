CREATE TABLE events (
  id bigint NOT NULL,
  created_at date NOT NULL,
  payload text,
  CONSTRAINT events_payload_check CHECK (payload <> ''),
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE INDEX ON events (payload);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_old PARTITION OF events DEFAULT;
