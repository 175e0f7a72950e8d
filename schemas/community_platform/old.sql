-- Source: seed 000 "Migration Plan: Current Schema -> New Multi-Community Schema".
-- Represents: the CURRENT single-community schema (before the migration):
-- one mixed community_members table with alumni-specific columns, two
-- embeddings per member, search log/cache and the application users table.
-- pgvector is not available here: VECTOR(768) columns are stored as real[].

CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Application/dashboard accounts
CREATE TABLE users (
    id          SERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    email       VARCHAR(100) UNIQUE,
    phone       VARCHAR(20),
    role        TEXT DEFAULT 'member',
    created_at  TIMESTAMPTZ DEFAULT NOW()
);

-- Every member of the (single) community, all member types mixed together
-- Going back: members return from members / memberships / alumni profiles (schemadiff:backfill).
CREATE TABLE community_members ( /* schemadiff:backfill (id, name, email, phone, year_of_graduation, degree, branch,
        organization_name, designation, city, state, country, role, is_active, created_at, updated_at)
    SELECT m.id, left(m.name, 100), left(m.email::text, 100), m.phone, ap.graduation_year, left(ap.degree, 100),
           left(ap.department, 100), left(ap.current_organization, 100), left(ap.designation, 100), ap.city, ap.state,
           coalesce(ap.country, 'India'), coalesce(ms.role::text, 'member'), m.is_active, m.created_at, m.updated_at
    FROM members m
    LEFT JOIN LATERAL (SELECT * FROM community_memberships x WHERE x.member_id = m.id ORDER BY x.joined_at LIMIT 1) ms ON true
    LEFT JOIN alumni_profiles ap ON ap.membership_id = ms.id */
    id                  UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    name                VARCHAR(100) NOT NULL,
    email               VARCHAR(100),
    phone               VARCHAR(20),
    year_of_graduation  INTEGER,
    degree              VARCHAR(100),
    branch              VARCHAR(100),
    working_knowledge   TEXT,
    organization_name   VARCHAR(100),
    designation         VARCHAR(100),
    city                VARCHAR(100),
    state               VARCHAR(100),
    country             VARCHAR(100) DEFAULT 'India',
    annual_turnover     VARCHAR(50),
    role                TEXT DEFAULT 'member',
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          TIMESTAMPTZ DEFAULT NOW(),
    updated_at          TIMESTAMPTZ DEFAULT NOW(),
    CHECK (year_of_graduation IS NULL OR year_of_graduation BETWEEN 1950 AND 2100)
);

CREATE INDEX idx_members_name_trgm ON community_members USING gin (name gin_trgm_ops);
CREATE INDEX idx_members_city ON community_members (city);
CREATE INDEX idx_members_phone ON community_members (phone);
CREATE INDEX idx_members_graduation ON community_members (year_of_graduation, branch);

COMMENT ON TABLE community_members IS 'Alumni directory members (single community)';
COMMENT ON COLUMN community_members.working_knowledge IS 'Free-text comma separated skills';
COMMENT ON COLUMN community_members.role IS 'member | admin | super_admin (unchecked text)';

-- Semantic search embeddings (one row per member)
CREATE TABLE member_embeddings (
    id                 UUID PRIMARY KEY DEFAULT uuid_generate_v4(),
    member_id          UUID NOT NULL REFERENCES community_members(id) ON DELETE CASCADE, -- schemadiff:backfill (SELECT ms.member_id FROM community_memberships ms WHERE ms.id = member_embeddings.membership_id)
    profile_embedding  REAL[],
    skills_embedding   REAL[],
    embedding_model    VARCHAR(100) DEFAULT 'text-embedding-004',
    created_at         TIMESTAMPTZ DEFAULT NOW(),
    updated_at         TIMESTAMPTZ DEFAULT NOW(),
    CONSTRAINT member_embeddings_member_id_key UNIQUE (member_id)
);

COMMENT ON COLUMN member_embeddings.profile_embedding IS 'VECTOR(768) in production (pgvector); stored as real[] here';
COMMENT ON COLUMN member_embeddings.skills_embedding IS 'VECTOR(768) in production (pgvector); stored as real[] here';

-- Log of natural-language searches coming from WhatsApp / dashboard
CREATE TABLE search_queries (
    id                SERIAL PRIMARY KEY,
    user_id           VARCHAR(50),
    query_text        TEXT NOT NULL,
    query_type        VARCHAR(50),
    results_count     INTEGER DEFAULT 0,
    response_time_ms  INTEGER,
    success           BOOLEAN DEFAULT TRUE,
    created_at        TIMESTAMPTZ DEFAULT NOW()
);

CREATE INDEX idx_search_queries_user ON search_queries (user_id);
CREATE INDEX idx_search_queries_created ON search_queries (created_at);

-- Cached LLM responses keyed by a hash of the normalized query
CREATE TABLE search_cache (
    query_hash  VARCHAR(64) PRIMARY KEY,
    query_text  TEXT,
    response    JSONB NOT NULL,
    hit_count   INTEGER DEFAULT 0,
    created_at  TIMESTAMPTZ DEFAULT NOW(),
    expires_at  TIMESTAMPTZ
);

CREATE INDEX idx_search_cache_expires ON search_cache (expires_at);

COMMENT ON TABLE search_cache IS 'Response cache for search queries';

-- Used by the data-cleanup step to hand out temporary unique phone numbers
CREATE SEQUENCE temp_phone_seq START WITH 1 INCREMENT BY 1 NO CYCLE;
