-- Source: seed 000 "Migration Plan: Current Schema -> New Multi-Community Schema".
-- Represents: the NEW multi-community schema after Phase 8 cleanup (the
-- *_old tables are gone): communities, members, memberships, type-specific
-- profiles, three embeddings per membership, community admins, a full-text
-- search index, embedding regeneration jobs and the migration log.
-- pgvector is not available here: VECTOR(768) columns are stored as real[].
-- Triggers, functions and views live in later.sql.

create extension if not exists pg_trgm;
create extension if not exists citext;

create type community_type as enum ('alumni', 'entrepreneur', 'residential', 'mixed');
create type member_type as enum ('alumni', 'entrepreneur', 'resident');
create type community_role as enum ('member', 'admin', 'super_admin');
create type subscription_plan as enum ('free', 'basic', 'pro', 'enterprise');
create type job_status as enum ('pending', 'running', 'completed', 'failed');

-- schemadiff:backfill annotations carry the single-community data over (seed 000, Phase 3):
-- a default community, members keyed by the old member ids, one membership each.
create table communities ( /* schemadiff:backfill (name, slug, type, description, subscription_plan, member_limit, is_bot_enabled)
    VALUES ('Community Connect Platform', 'default-community', 'mixed',
            'Legacy community migrated from single-community setup', 'enterprise', 10000, true) */
    id                uuid primary key default gen_random_uuid(),
    name              varchar(255) not null,
    slug              varchar(100) collate "C" not null,
    type              community_type not null,
    description       text,
    subscription_plan subscription_plan not null default 'free',
    member_limit      int not null default 100,
    is_bot_enabled    bool not null default false,
    is_active         bool not null default true,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint communities_slug_key unique (slug),
    constraint communities_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint communities_member_limit_check check (member_limit > 0)
);

-- One row per human, shared across communities (deduplicated by phone)
create table members ( /* schemadiff:backfill (id, phone, email, name, is_active, created_at, updated_at)
    SELECT id,
           CASE WHEN phone ~ '^\+?[1-9][0-9]{9,14}$' THEN phone
                ELSE '+91' || lpad(nextval('temp_phone_seq')::text, 10, '0') END,
           email, name, coalesce(is_active, true), coalesce(created_at, now()), coalesce(updated_at, now())
    FROM community_members ORDER BY created_at, id
    ON CONFLICT DO NOTHING */
    id          uuid primary key default gen_random_uuid(),
    phone       varchar(20) not null unique,
    email       citext,
    name        varchar(255) not null,
    is_active   bool not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    check (phone ~ '^\+?[1-9][0-9]{9,14}$')
);

create unique index uq_members_email on members (email) where email is not null;
create index idx_members_name_trgm on members using gin (name gin_trgm_ops);

create table community_memberships ( /* schemadiff:backfill (community_id, member_id, member_type, role, is_active, joined_at, updated_at)
    SELECT (SELECT id FROM communities WHERE slug = 'default-community'), m.id,
           CASE WHEN cm.year_of_graduation IS NOT NULL AND cm.degree IS NOT NULL AND cm.branch IS NOT NULL THEN 'alumni'
                WHEN cm.working_knowledge ILIKE ANY (ARRAY['%services%', '%consulting%', '%founder%', '%CEO%', '%director%', '%business%'])
                THEN 'entrepreneur'
                ELSE 'alumni' END::member_type,
           CASE WHEN cm.role IN ('admin', 'super_admin') THEN cm.role ELSE 'member' END::community_role,
           m.is_active, m.created_at, m.updated_at
    FROM community_members cm JOIN members m ON m.id = cm.id */
    id            uuid primary key default gen_random_uuid(),
    community_id  uuid not null references communities (id) on delete cascade,
    member_id     uuid not null references members (id) on delete cascade,
    member_type   member_type not null,
    role          community_role not null default 'member',
    is_active     bool not null default true,
    joined_at     timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (community_id, member_id)
);

create index idx_memberships_member on community_memberships (member_id);
create index idx_memberships_active_type on community_memberships (community_id, member_type)
    where is_active;

create table alumni_profiles (
    membership_id         uuid primary key references community_memberships (id) on delete cascade,
    college               varchar(255) not null,
    graduation_year       smallint not null check (graduation_year between 1950 and 2100),
    degree                varchar(100) not null,
    department            varchar(100),
    current_organization  varchar(255),
    designation           varchar(255),
    city                  varchar(100),
    state                 varchar(100),
    country               varchar(100) default 'India',
    skills                text[] not null default '{}',
    interests             text[] default '{}',
    looking_for           text,
    willing_to_help_with  text[] default '{}',
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create index idx_alumni_skills on alumni_profiles using gin (skills);
create index idx_alumni_batch on alumni_profiles (graduation_year desc, department);
create index idx_alumni_city_lower on alumni_profiles (lower(city));

create table entrepreneur_profiles (
    membership_id     uuid primary key references community_memberships (id) on delete cascade,
    company           varchar(255) not null,
    industry          varchar(100) not null,
    services_offered  text[] not null default '{}',
    expertise         text[] not null default '{}',
    looking_for       text[],
    can_offer         text[],
    annual_turnover   numeric(15,2) check (annual_turnover >= 0),
    city              varchar(100),
    state             varchar(100),
    country           varchar(100) default 'India',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

create index idx_entrepreneur_industry on entrepreneur_profiles (industry) include (company);
create index idx_entrepreneur_services on entrepreneur_profiles using gin (services_offered);

create table resident_profiles (
    membership_id     uuid primary key references community_memberships (id) on delete cascade,
    apartment_number  varchar(20) not null,
    building          varchar(50),
    floor             smallint,
    resident_type     varchar(20) not null default 'owner'
                      check (resident_type in ('owner', 'tenant', 'family')),
    move_in_date      date,
    profession        varchar(255),
    skills            text[] not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

-- NEW version: keyed by membership, third (contextual) embedding
create table member_embeddings (
    id                      uuid primary key default gen_random_uuid(),
    membership_id           uuid not null, -- schemadiff:backfill (SELECT ms.id FROM community_memberships ms WHERE ms.member_id = member_embeddings.member_id)
    profile_embedding       real[],
    skills_embedding        real[],
    contextual_embedding    real[],
    contextual_text         text,
    contextual_text_length  int,
    embedding_model         varchar(255) not null default 'text-embedding-004',
    embedding_version       int not null default 1,
    created_at              timestamptz default now(),
    updated_at              timestamptz default now(),
    constraint member_embeddings_membership_id_key unique (membership_id),
    constraint member_embeddings_membership_id_fkey foreign key (membership_id)
        references community_memberships (id) on delete cascade
);

create index idx_embeddings_needs_regen on member_embeddings (embedding_version)
    where embedding_version < 2;

comment on column member_embeddings.profile_embedding is 'VECTOR(768) (pgvector, HNSW index); real[] in this example';
comment on column member_embeddings.skills_embedding is 'VECTOR(768) (pgvector, HNSW index); real[] in this example';
comment on column member_embeddings.contextual_embedding is 'VECTOR(768) built from interests / looking_for / can_offer; real[] here';

-- Maintained by triggers on the profile tables (see later.sql)
create table member_search_index (
    membership_id  uuid primary key references community_memberships (id) on delete cascade,
    community_id   uuid not null references communities (id) on delete cascade,
    member_type    member_type not null,
    search_text    text not null default '',
    search_vector  tsvector,
    updated_at     timestamptz not null default now()
);

create index idx_search_index_vector on member_search_index using gin (search_vector);
create index idx_search_index_community on member_search_index (community_id, member_type);

create table community_admins (
    id            uuid primary key default gen_random_uuid(),
    community_id  uuid not null references communities (id) on delete cascade,
    member_id     uuid not null references members (id) on delete cascade,
    role          community_role not null default 'admin' check (role <> 'member'),
    granted_by    uuid references members (id) on delete set null,
    granted_at    timestamptz not null default now(),
    constraint community_admins_community_member_key unique (community_id, member_id)
);

create table embedding_generation_jobs (
    id                  uuid primary key default gen_random_uuid(),
    community_id        uuid not null references communities (id) on delete cascade,
    job_type            varchar(20) not null check (job_type in ('initial', 'regenerate', 'incremental')),
    target_member_type  varchar(20) not null default 'all',
    status              job_status not null default 'pending',
    total_members       int not null default 0,
    processed_members   int not null default 0,
    failed_members      int not null default 0,
    duration_seconds    numeric(10,2),
    error_message       text,
    created_at          timestamptz not null default now(),
    started_at          timestamptz,
    completed_at        timestamptz
);

create index idx_embedding_jobs_queue on embedding_generation_jobs (created_at)
    where status in ('pending', 'running');

-- Search log, now scoped per community and linked to members
create table search_queries (
    id                bigserial primary key,
    community_id      uuid not null references communities (id) on delete cascade, -- schemadiff:backfill (SELECT id FROM communities WHERE slug = 'default-community')
    member_id         uuid references members (id) on delete set null, -- schemadiff:backfill (SELECT m.id FROM members m WHERE m.phone = search_queries.user_id)
    query_text        text not null,
    query_type        varchar(50),
    results_count     int not null default 0, -- schemadiff:backfill 0
    response_time_ms  int,
    success           boolean not null default true, -- schemadiff:backfill true
    created_at        timestamptz default now()
);

create index idx_search_queries_created on search_queries (created_at);
create index idx_search_queries_community_recent on search_queries (community_id, created_at desc);

create table search_cache (
    query_hash    varchar(64) primary key,
    community_id  uuid references communities (id) on delete cascade,
    query_text    text,
    response      jsonb not null,
    hit_count     int default 0,
    created_at    timestamptz default now(),
    expires_at    timestamptz not null
);

create index idx_search_cache_expires on search_cache (expires_at);

comment on table search_cache is 'Per-community response cache; not migrated, regenerated on demand';

-- Application/dashboard accounts (kept; role is now a checked enum)
create table users (
    id          serial primary key,
    name        varchar(100) not null,
    email       varchar(255) unique,
    phone       varchar(20),
    role        community_role not null default 'member',
    member_id   uuid references members (id) on delete set null,
    created_at  timestamptz default now(),
    updated_at  timestamptz not null default now()
);

-- Created in the pre-migration step, kept as an audit trail
create table migration_log (
    id              serial primary key,
    phase           varchar(50) not null,
    status          varchar(20) default 'started',
    started_at      timestamptz default now(),
    completed_at    timestamptz,
    error_message   text,
    rows_affected   integer
);
