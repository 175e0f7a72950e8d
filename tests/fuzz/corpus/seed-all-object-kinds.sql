-- One schema using every object kind schemadiff models (docs/objects.md):
-- created from nothing, dropped back to nothing, and equal to pg_dump's
-- spelling of itself.
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

CREATE TYPE app.status AS ENUM ('new', 'active', 'closed');
COMMENT ON TYPE app.status IS 'lifecycle';
CREATE DOMAIN app.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE TYPE app.money_pair AS (amount numeric(12,2), currency char(3));
CREATE TYPE app.int_span AS RANGE (subtype = integer);

CREATE SEQUENCE app.ticket_seq START 100;

CREATE FUNCTION app.normalize_email(e text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT lower(trim(e)) $$;
COMMENT ON FUNCTION app.normalize_email(text) IS 'lower-case, trimmed';

CREATE TABLE app.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email app.email NOT NULL,
  email_key text GENERATED ALWAYS AS (lower(email::text)) STORED,
  status app.status NOT NULL DEFAULT 'new',
  tenant_id integer NOT NULL,
  balance app.money_pair,
  active_days app.int_span,
  ticket integer NOT NULL DEFAULT nextval('app.ticket_seq'),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT accounts_email_normalized CHECK (app.normalize_email(email::text) = email::text),
  CONSTRAINT accounts_email_key UNIQUE (email)
);
COMMENT ON TABLE app.accounts IS 'one row per account';
COMMENT ON COLUMN app.accounts.status IS 'where the account is in its life';
CREATE INDEX accounts_active ON app.accounts (tenant_id) WHERE status = 'active';
CREATE INDEX accounts_email_lower ON app.accounts (app.normalize_email(email::text));

CREATE TABLE app.events (
  id bigint NOT NULL,
  account_id bigint NOT NULL REFERENCES app.accounts (id) ON DELETE CASCADE,
  happened_on date NOT NULL,
  payload jsonb,
  PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app.events_rest PARTITION OF app.events DEFAULT;
CREATE INDEX events_account ON app.events (account_id);

CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION app.touch();

CREATE VIEW app.active_accounts AS
  SELECT id, email, tenant_id FROM app.accounts WHERE status = 'active';
COMMENT ON VIEW app.active_accounts IS 'accounts in use';
CREATE VIEW app.active_emails WITH (security_barrier = true) AS
  SELECT a.email FROM app.active_accounts a;
CREATE MATERIALIZED VIEW app.account_counts AS
  SELECT tenant_id, count(*) AS n FROM app.accounts GROUP BY tenant_id WITH NO DATA;
CREATE UNIQUE INDEX account_counts_tenant ON app.account_counts (tenant_id);

ALTER TABLE app.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON app.accounts
  USING (tenant_id = current_setting('app.tenant')::integer);
COMMENT ON POLICY tenant_isolation ON app.accounts IS 'one tenant at a time';

-- Privileges and owners are proven by cases 459-467 (with roles): this case's
-- pg_dump comparison runs without privileges.
