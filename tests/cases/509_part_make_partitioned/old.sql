CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, msg text);
CREATE INDEX logs_at_idx ON logs (at);
