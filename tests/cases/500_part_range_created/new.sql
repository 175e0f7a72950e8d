CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE events (
  id bigint NOT NULL,
  created_at date NOT NULL,
  payload text,
  CONSTRAINT events_payload_len CHECK (length(payload) < 1000)
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
