-- comments on a domain and its constraint
CREATE DOMAIN d AS integer CONSTRAINT d_pos CHECK (VALUE > 0);
COMMENT ON DOMAIN d IS 'new ''quoted''';
COMMENT ON CONSTRAINT d_pos ON DOMAIN d IS 'must be positive';
