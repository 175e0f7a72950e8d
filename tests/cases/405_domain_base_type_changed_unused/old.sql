CREATE DOMAIN short_text AS text CHECK (length(VALUE) < 10);
