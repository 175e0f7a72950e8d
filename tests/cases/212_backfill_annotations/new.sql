-- Backfill annotations: a new table seeded with a default row, a new NOT NULL
-- column filled from it, an existing column made NOT NULL with a fill value,
-- and a new column filled from an old column the migration drops.
create table tenants ( -- schemadiff:backfill (name) SELECT DISTINCT owner FROM accounts UNION SELECT 'default'
    id    serial primary key,
    name  text not null unique
);
create table accounts (
    id         serial primary key,
    tenant_id  int not null references tenants (id), -- schemadiff:backfill (SELECT t.id FROM tenants t WHERE t.name = accounts.owner)
    note       text not null -- schemadiff:backfill coalesce(note, '')
);
