-- Backfill annotations (docs/status.md "Backfills"): OLD's annotations fill
-- what the backward migration adds back.
create table accounts (
    id     serial primary key,
    owner  text not null, -- schemadiff:backfill (SELECT t.name FROM tenants t WHERE t.id = accounts.tenant_id)
    note   text
);
