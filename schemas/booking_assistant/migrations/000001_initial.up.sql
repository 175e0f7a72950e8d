-- Source: seed 003 "Database Migration Completion Tasks" (Supabase -> Timeweb).
-- Represents: the Timeweb PostgreSQL database BEFORE Phase 0.7, i.e. before
-- the host move: only the Baileys WhatsApp auth-state tables exist (mirrored
-- from Supabase but not yet read by Baileys), plus the migration runner's
-- version table and an ad-hoc copy log from the first experiments. All
-- business data still lives in Supabase.

CREATE TYPE whatsapp_key_type AS ENUM (
    'pre-key',
    'session',
    'sender-key',
    'app-state-sync-key',
    'app-state-sync-version'
);

-- Baileys "creds" blob, one row per company / WhatsApp session
CREATE TABLE whatsapp_auth (
    company_id  VARCHAR(50) PRIMARY KEY
                CHECK (company_id ~ '^company_[0-9]+$'),
    creds       JSONB NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT now()
);

COMMENT ON TABLE whatsapp_auth IS 'Copy of Supabase whatsapp_auth (not used by Baileys yet)';

-- Signal protocol keys written by Baileys' keys.set()
CREATE TABLE whatsapp_keys (
    company_id  VARCHAR(50) NOT NULL REFERENCES whatsapp_auth (company_id) ON DELETE CASCADE,
    key_type    whatsapp_key_type NOT NULL,
    key_id      TEXT NOT NULL,
    value       JSONB,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT now(),
    PRIMARY KEY (company_id, key_type, key_id)
);

CREATE INDEX idx_whatsapp_keys_company ON whatsapp_keys (company_id);
CREATE INDEX idx_whatsapp_keys_updated ON whatsapp_keys (updated_at);

COMMENT ON COLUMN whatsapp_keys.value IS 'Buffer values serialized as {"type":"Buffer","data":"<base64>"}';

-- Applied SQL files from migrations/
CREATE TABLE schema_migrations (
    version     VARCHAR(14) PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- First experiments copying Supabase tables by hand (superseded in Week 2)
CREATE TABLE data_copy_log (
    id           SERIAL PRIMARY KEY,
    table_name   VARCHAR(100) NOT NULL,
    rows_copied  INT4,
    started_at   TIMESTAMP WITH TIME ZONE DEFAULT now(),
    finished_at  TIMESTAMP WITH TIME ZONE,
    success      BOOLEAN,
    notes        TEXT
);

CREATE INDEX idx_data_copy_log_table ON data_copy_log (table_name, started_at);
