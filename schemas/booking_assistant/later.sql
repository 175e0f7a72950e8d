-- Source: seed 003 "Database Migration Completion Tasks" (Supabase -> Timeweb).
-- Represents: DDL on the Timeweb side that the engine does not model yet:
-- the 11th migrated table (messages, RANGE partitioned by month), Baileys
-- key cleanup / stats functions, updated_at triggers, checksum helper used by
-- "--verify" and monitoring views. Loads after new.sql.

-- messages (partitioned, Phase 0.8 design) --------------------------------------
CREATE TABLE messages (
    id            bigserial,
    company_id    bigint NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    phone         varchar(20) NOT NULL,
    direction     varchar(10) NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    message_text  text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

CREATE INDEX idx_messages_phone_created ON messages (phone, created_at DESC);

CREATE TABLE messages_2025_11 PARTITION OF messages FOR VALUES FROM ('2025-11-01 00:00+00') TO ('2025-12-01 00:00+00');
CREATE TABLE messages_2025_12 PARTITION OF messages FOR VALUES FROM ('2025-12-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE messages_2026_01 PARTITION OF messages FOR VALUES FROM ('2026-01-01 00:00+00') TO ('2026-02-01 00:00+00');
CREATE TABLE messages_2026_02 PARTITION OF messages FOR VALUES FROM ('2026-02-01 00:00+00') TO ('2026-03-01 00:00+00');
CREATE TABLE messages_2026_03 PARTITION OF messages FOR VALUES FROM ('2026-03-01 00:00+00') TO ('2026-04-01 00:00+00');
CREATE TABLE messages_2026_04 PARTITION OF messages FOR VALUES FROM ('2026-04-01 00:00+00') TO ('2026-05-01 00:00+00');
CREATE TABLE messages_default PARTITION OF messages DEFAULT;

-- Baileys helpers ------------------------------------------------------------------
CREATE OR REPLACE FUNCTION cleanup_expired_whatsapp_keys() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    deleted integer;
BEGIN
    DELETE FROM whatsapp_keys WHERE expires_at IS NOT NULL AND expires_at < now();
    GET DIAGNOSTICS deleted = ROW_COUNT;
    RETURN deleted;
END;
$$;

CREATE OR REPLACE FUNCTION get_whatsapp_auth_stats()
RETURNS TABLE (company_id varchar, key_type whatsapp_key_type, keys bigint, last_update timestamptz)
LANGUAGE sql STABLE AS $$
    SELECT k.company_id, k.key_type, count(*), max(k.updated_at)
      FROM whatsapp_keys k
     GROUP BY k.company_id, k.key_type
     ORDER BY 1, 2;
$$;

-- updated_at triggers ----------------------------------------------------------------
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER whatsapp_auth_updated_at BEFORE UPDATE ON whatsapp_auth FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER whatsapp_keys_updated_at BEFORE UPDATE ON whatsapp_keys FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER companies_updated_at BEFORE UPDATE ON companies FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER clients_updated_at BEFORE UPDATE ON clients FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER bookings_updated_at BEFORE UPDATE ON bookings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER dialog_contexts_updated_at BEFORE UPDATE ON dialog_contexts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Verification checksums (migrate-all-tables-timeweb.js --verify) ------------------------
-- order-independent sha256 (pgcrypto digest) over the sorted row texts of a table
CREATE OR REPLACE FUNCTION ops.table_checksum(p_table regclass) RETURNS char(64)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    result char(64);
BEGIN
    EXECUTE format(
        'SELECT encode(digest(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), ''''), ''sha256''), ''hex'') FROM %s t',
        p_table)
      INTO result;
    RETURN result;
END;
$$;

CREATE VIEW ops.latest_run_summary AS
SELECT r.id AS run_id, r.mode, r.status, r.started_at, r.finished_at,
       count(p.table_name)                        AS tables,
       count(*) FILTER (WHERE p.verified)         AS tables_verified,
       sum(p.migrated_count)                      AS rows_migrated,
       sum(p.failed_count)                        AS rows_failed
  FROM ops.migration_runs r
  LEFT JOIN ops.migration_table_progress p ON p.run_id = r.id
 WHERE r.id = (SELECT max(id) FROM ops.migration_runs)
 GROUP BY r.id;

-- Rollback trigger check: "Supabase queries = 0", error rate < 5% over 24h
CREATE VIEW ops.cutover_health_24h AS
SELECT service_name,
       count(*)                        AS checks,
       bool_and(online)                AS always_online,
       sum(supabase_queries)           AS supabase_queries,
       max(error_rate)                 AS worst_error_rate
  FROM ops.health_checks
 WHERE checked_at > now() - interval '24 hours'
 GROUP BY service_name;
