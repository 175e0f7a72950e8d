BEGIN;
CREATE EXTENSION citext WITH SCHEMA public;
CREATE TYPE public.community_role AS ENUM ('member', 'admin', 'super_admin');
CREATE TYPE public.community_type AS ENUM ('alumni', 'entrepreneur', 'residential', 'mixed');
CREATE TYPE public.job_status AS ENUM ('pending', 'running', 'completed', 'failed');
CREATE TYPE public.member_type AS ENUM ('alumni', 'entrepreneur', 'resident');
CREATE TYPE public.subscription_plan AS ENUM ('free', 'basic', 'pro', 'enterprise');
CREATE SEQUENCE public.migration_log_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
ALTER TABLE public.member_embeddings DROP CONSTRAINT member_embeddings_member_id_fkey;
ALTER TABLE public.member_embeddings DROP CONSTRAINT member_embeddings_member_id_key;
DROP INDEX public.idx_members_name_trgm;
DROP INDEX public.idx_members_city;
DROP INDEX public.idx_members_graduation;
DROP INDEX public.idx_members_phone;
DROP INDEX public.idx_search_queries_user;
CREATE TABLE public.community_memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    community_id uuid NOT NULL,
    member_id uuid NOT NULL,
    member_type public.member_type NOT NULL,
    role public.community_role DEFAULT 'member' NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT community_memberships_pkey PRIMARY KEY (id),
    CONSTRAINT community_memberships_community_id_member_id_key UNIQUE (community_id, member_id)
);
CREATE TABLE public.member_search_index (
    membership_id uuid NOT NULL,
    community_id uuid NOT NULL,
    member_type public.member_type NOT NULL,
    search_text text DEFAULT '' NOT NULL,
    search_vector tsvector,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT member_search_index_pkey PRIMARY KEY (membership_id)
);
CREATE TABLE public.migration_log (
    id integer DEFAULT nextval('public.migration_log_id_seq'::regclass) NOT NULL,
    phase character varying(50) NOT NULL,
    status character varying(20) DEFAULT 'started',
    started_at timestamp with time zone DEFAULT now(),
    completed_at timestamp with time zone,
    error_message text,
    rows_affected integer,
    CONSTRAINT migration_log_pkey PRIMARY KEY (id)
);
ALTER TABLE public.member_embeddings ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model DROP DEFAULT;
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model TYPE character varying(255);
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model SET DEFAULT 'text-embedding-004';
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model SET NOT NULL;
ALTER TABLE public.member_embeddings ADD COLUMN membership_id uuid NOT NULL;
ALTER TABLE public.member_embeddings ADD COLUMN contextual_embedding real[];
COMMENT ON COLUMN public.member_embeddings.contextual_embedding IS 'VECTOR(768) built from interests / looking_for / can_offer; real[] here';
ALTER TABLE public.member_embeddings ADD COLUMN contextual_text text;
ALTER TABLE public.member_embeddings ADD COLUMN contextual_text_length integer;
ALTER TABLE public.member_embeddings ADD COLUMN embedding_version integer DEFAULT 1 NOT NULL;
ALTER TABLE public.search_cache ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE public.search_cache ADD COLUMN community_id uuid;
ALTER TABLE public.search_queries ALTER COLUMN id DROP DEFAULT;
ALTER TABLE public.search_queries ALTER COLUMN id TYPE bigint;
ALTER TABLE public.search_queries ALTER COLUMN id SET DEFAULT nextval('public.search_queries_id_seq'::regclass);
ALTER TABLE public.search_queries ALTER COLUMN results_count SET NOT NULL;
ALTER TABLE public.search_queries ALTER COLUMN success SET NOT NULL;
ALTER TABLE public.search_queries ADD COLUMN community_id uuid NOT NULL;
ALTER TABLE public.search_queries ADD COLUMN member_id uuid;
ALTER TABLE public.users ALTER COLUMN email TYPE character varying(255);
ALTER TABLE public.users ALTER COLUMN role DROP DEFAULT;
ALTER TABLE public.users ALTER COLUMN role TYPE public.community_role USING role::public.community_role;
ALTER TABLE public.users ALTER COLUMN role SET DEFAULT 'member';
ALTER TABLE public.users ALTER COLUMN role SET NOT NULL;
ALTER TABLE public.users ADD COLUMN member_id uuid;
ALTER TABLE public.users ADD COLUMN updated_at timestamp with time zone DEFAULT now() NOT NULL;
ALTER SEQUENCE public.migration_log_id_seq OWNED BY public.migration_log.id;
ALTER SEQUENCE public.search_queries_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
ALTER TABLE public.member_embeddings ADD CONSTRAINT member_embeddings_membership_id_key UNIQUE (membership_id);
CREATE INDEX idx_embeddings_needs_regen ON public.member_embeddings (embedding_version) WHERE (embedding_version < 2);
CREATE INDEX idx_memberships_active_type ON public.community_memberships (community_id, member_type) WHERE (is_active);
CREATE INDEX idx_memberships_member ON public.community_memberships (member_id);
CREATE INDEX idx_search_index_community ON public.member_search_index (community_id, member_type);
CREATE INDEX idx_search_index_vector ON public.member_search_index USING gin (search_vector);
CREATE INDEX idx_search_queries_community_recent ON public.search_queries (community_id, created_at DESC);
ALTER TABLE public.member_embeddings DROP COLUMN member_id;
ALTER TABLE public.search_queries DROP COLUMN user_id;
DROP TABLE public.community_members;
CREATE TABLE public.alumni_profiles (
    membership_id uuid NOT NULL,
    college character varying(255) NOT NULL,
    graduation_year smallint NOT NULL,
    degree character varying(100) NOT NULL,
    department character varying(100),
    current_organization character varying(255),
    designation character varying(255),
    city character varying(100),
    state character varying(100),
    country character varying(100) DEFAULT 'India',
    skills text[] DEFAULT '{}' NOT NULL,
    interests text[] DEFAULT '{}',
    looking_for text,
    willing_to_help_with text[] DEFAULT '{}',
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT alumni_profiles_graduation_year_check CHECK (graduation_year BETWEEN 1950 AND 2100),
    CONSTRAINT alumni_profiles_pkey PRIMARY KEY (membership_id)
);
CREATE TABLE public.communities (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name character varying(255) NOT NULL,
    slug character varying(100) COLLATE "C" NOT NULL,
    type public.community_type NOT NULL,
    description text,
    subscription_plan public.subscription_plan DEFAULT 'free' NOT NULL,
    member_limit integer DEFAULT 100 NOT NULL,
    is_bot_enabled boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT communities_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT communities_member_limit_check CHECK (member_limit > 0),
    CONSTRAINT communities_pkey PRIMARY KEY (id),
    CONSTRAINT communities_slug_key UNIQUE (slug)
);
CREATE TABLE public.community_admins (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    community_id uuid NOT NULL,
    member_id uuid NOT NULL,
    role public.community_role DEFAULT 'admin' NOT NULL,
    granted_by uuid,
    granted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT community_admins_role_check CHECK (role <> 'member'),
    CONSTRAINT community_admins_pkey PRIMARY KEY (id),
    CONSTRAINT community_admins_community_member_key UNIQUE (community_id, member_id)
);
CREATE TABLE public.embedding_generation_jobs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    community_id uuid NOT NULL,
    job_type character varying(20) NOT NULL,
    target_member_type character varying(20) DEFAULT 'all' NOT NULL,
    status public.job_status DEFAULT 'pending' NOT NULL,
    total_members integer DEFAULT 0 NOT NULL,
    processed_members integer DEFAULT 0 NOT NULL,
    failed_members integer DEFAULT 0 NOT NULL,
    duration_seconds numeric(10,2),
    error_message text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    CONSTRAINT embedding_generation_jobs_job_type_check CHECK (job_type IN ('initial', 'regenerate', 'incremental')),
    CONSTRAINT embedding_generation_jobs_pkey PRIMARY KEY (id)
);
CREATE TABLE public.entrepreneur_profiles (
    membership_id uuid NOT NULL,
    company character varying(255) NOT NULL,
    industry character varying(100) NOT NULL,
    services_offered text[] DEFAULT '{}' NOT NULL,
    expertise text[] DEFAULT '{}' NOT NULL,
    looking_for text[],
    can_offer text[],
    annual_turnover numeric(15,2),
    city character varying(100),
    state character varying(100),
    country character varying(100) DEFAULT 'India',
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT entrepreneur_profiles_annual_turnover_check CHECK (annual_turnover >= 0),
    CONSTRAINT entrepreneur_profiles_pkey PRIMARY KEY (membership_id)
);
CREATE TABLE public.members (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    phone character varying(20) NOT NULL,
    email public.citext,
    name character varying(255) NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT members_phone_check CHECK (phone ~ E'^\\+?[1-9][0-9]{9,14}$'),
    CONSTRAINT members_pkey PRIMARY KEY (id),
    CONSTRAINT members_phone_key UNIQUE (phone)
);
CREATE TABLE public.resident_profiles (
    membership_id uuid NOT NULL,
    apartment_number character varying(20) NOT NULL,
    building character varying(50),
    floor smallint,
    resident_type character varying(20) DEFAULT 'owner' NOT NULL,
    move_in_date date,
    profession character varying(255),
    skills text[] DEFAULT '{}' NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT resident_profiles_resident_type_check CHECK (resident_type IN ('owner', 'tenant', 'family')),
    CONSTRAINT resident_profiles_pkey PRIMARY KEY (membership_id)
);
CREATE INDEX idx_members_name_trgm ON public.members USING gin (name gin_trgm_ops);
CREATE INDEX idx_alumni_batch ON public.alumni_profiles (graduation_year DESC, department);
CREATE INDEX idx_alumni_city_lower ON public.alumni_profiles ((lower(city)));
CREATE INDEX idx_alumni_skills ON public.alumni_profiles USING gin (skills);
CREATE INDEX idx_embedding_jobs_queue ON public.embedding_generation_jobs (created_at) WHERE (status IN ('pending', 'running'));
CREATE INDEX idx_entrepreneur_industry ON public.entrepreneur_profiles (industry) INCLUDE (company);
CREATE INDEX idx_entrepreneur_services ON public.entrepreneur_profiles USING gin (services_offered);
CREATE UNIQUE INDEX uq_members_email ON public.members (email) WHERE (email IS NOT NULL);
ALTER TABLE public.alumni_profiles ADD CONSTRAINT alumni_profiles_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.community_memberships (id) ON DELETE CASCADE;
ALTER TABLE public.community_admins ADD CONSTRAINT community_admins_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.community_admins ADD CONSTRAINT community_admins_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members (id) ON DELETE CASCADE;
ALTER TABLE public.community_admins ADD CONSTRAINT community_admins_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES public.members (id) ON DELETE SET NULL;
ALTER TABLE public.community_memberships ADD CONSTRAINT community_memberships_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.community_memberships ADD CONSTRAINT community_memberships_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members (id) ON DELETE CASCADE;
ALTER TABLE public.embedding_generation_jobs ADD CONSTRAINT embedding_generation_jobs_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.entrepreneur_profiles ADD CONSTRAINT entrepreneur_profiles_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.community_memberships (id) ON DELETE CASCADE;
ALTER TABLE public.member_embeddings ADD CONSTRAINT member_embeddings_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.community_memberships (id) ON DELETE CASCADE;
ALTER TABLE public.member_search_index ADD CONSTRAINT member_search_index_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.community_memberships (id) ON DELETE CASCADE;
ALTER TABLE public.member_search_index ADD CONSTRAINT member_search_index_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.resident_profiles ADD CONSTRAINT resident_profiles_membership_id_fkey FOREIGN KEY (membership_id) REFERENCES public.community_memberships (id) ON DELETE CASCADE;
ALTER TABLE public.search_cache ADD CONSTRAINT search_cache_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.search_queries ADD CONSTRAINT search_queries_community_id_fkey FOREIGN KEY (community_id) REFERENCES public.communities (id) ON DELETE CASCADE;
ALTER TABLE public.search_queries ADD CONSTRAINT search_queries_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members (id) ON DELETE SET NULL;
ALTER TABLE public.users ADD CONSTRAINT users_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members (id) ON DELETE SET NULL;
DROP SEQUENCE public.temp_phone_seq;
DROP EXTENSION "uuid-ossp";
COMMENT ON COLUMN public.member_embeddings.profile_embedding IS 'VECTOR(768) (pgvector, HNSW index); real[] in this example';
COMMENT ON COLUMN public.member_embeddings.skills_embedding IS 'VECTOR(768) (pgvector, HNSW index); real[] in this example';
COMMENT ON TABLE public.search_cache IS 'Per-community response cache; not migrated, regenerated on demand';
COMMIT;
