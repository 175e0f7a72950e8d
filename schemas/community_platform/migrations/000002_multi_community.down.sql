BEGIN;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA public;
CREATE SEQUENCE public.temp_phone_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
ALTER TABLE public.alumni_profiles DROP CONSTRAINT alumni_profiles_membership_id_fkey;
ALTER TABLE public.community_admins DROP CONSTRAINT community_admins_community_id_fkey;
ALTER TABLE public.community_admins DROP CONSTRAINT community_admins_member_id_fkey;
ALTER TABLE public.community_admins DROP CONSTRAINT community_admins_granted_by_fkey;
ALTER TABLE public.community_memberships DROP CONSTRAINT community_memberships_community_id_fkey;
ALTER TABLE public.community_memberships DROP CONSTRAINT community_memberships_member_id_fkey;
ALTER TABLE public.embedding_generation_jobs DROP CONSTRAINT embedding_generation_jobs_community_id_fkey;
ALTER TABLE public.entrepreneur_profiles DROP CONSTRAINT entrepreneur_profiles_membership_id_fkey;
ALTER TABLE public.member_embeddings DROP CONSTRAINT member_embeddings_membership_id_fkey;
ALTER TABLE public.member_search_index DROP CONSTRAINT member_search_index_membership_id_fkey;
ALTER TABLE public.member_search_index DROP CONSTRAINT member_search_index_community_id_fkey;
ALTER TABLE public.resident_profiles DROP CONSTRAINT resident_profiles_membership_id_fkey;
ALTER TABLE public.search_cache DROP CONSTRAINT search_cache_community_id_fkey;
ALTER TABLE public.search_queries DROP CONSTRAINT search_queries_community_id_fkey;
ALTER TABLE public.search_queries DROP CONSTRAINT search_queries_member_id_fkey;
ALTER TABLE public.users DROP CONSTRAINT users_member_id_fkey;
ALTER TABLE public.member_embeddings DROP CONSTRAINT member_embeddings_membership_id_key;
DROP INDEX public.idx_members_name_trgm;
DROP INDEX public.idx_alumni_batch;
DROP INDEX public.idx_alumni_city_lower;
DROP INDEX public.idx_alumni_skills;
DROP INDEX public.idx_embedding_jobs_queue;
DROP INDEX public.idx_embeddings_needs_regen;
DROP INDEX public.idx_entrepreneur_industry;
DROP INDEX public.idx_entrepreneur_services;
DROP INDEX public.idx_memberships_active_type;
DROP INDEX public.idx_memberships_member;
DROP INDEX public.idx_search_index_community;
DROP INDEX public.idx_search_index_vector;
DROP INDEX public.idx_search_queries_community_recent;
DROP INDEX public.uq_members_email;
ALTER TABLE public.member_embeddings ALTER COLUMN id SET DEFAULT uuid_generate_v4();
ALTER TABLE public.member_embeddings ADD COLUMN member_id uuid NOT NULL;
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model DROP DEFAULT;
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model TYPE character varying(100);
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model SET DEFAULT 'text-embedding-004';
ALTER TABLE public.member_embeddings ALTER COLUMN embedding_model DROP NOT NULL;
ALTER TABLE public.search_cache ALTER COLUMN expires_at DROP NOT NULL;
ALTER TABLE public.search_queries ALTER COLUMN id DROP DEFAULT;
ALTER TABLE public.search_queries ALTER COLUMN id TYPE integer;
ALTER TABLE public.search_queries ALTER COLUMN id SET DEFAULT nextval('public.search_queries_id_seq'::regclass);
ALTER TABLE public.search_queries ADD COLUMN user_id character varying(50);
ALTER TABLE public.search_queries ALTER COLUMN results_count DROP NOT NULL;
ALTER TABLE public.search_queries ALTER COLUMN success DROP NOT NULL;
ALTER TABLE public.users ALTER COLUMN email TYPE character varying(100);
ALTER TABLE public.users ALTER COLUMN role DROP DEFAULT;
ALTER TABLE public.users ALTER COLUMN role TYPE text;
ALTER TABLE public.users ALTER COLUMN role SET DEFAULT 'member';
ALTER TABLE public.users ALTER COLUMN role DROP NOT NULL;
ALTER SEQUENCE public.search_queries_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
ALTER TABLE public.member_embeddings ADD CONSTRAINT member_embeddings_member_id_key UNIQUE (member_id);
CREATE INDEX idx_search_queries_user ON public.search_queries (user_id);
ALTER TABLE public.member_embeddings DROP COLUMN membership_id;
ALTER TABLE public.member_embeddings DROP COLUMN contextual_embedding;
ALTER TABLE public.member_embeddings DROP COLUMN contextual_text;
ALTER TABLE public.member_embeddings DROP COLUMN contextual_text_length;
ALTER TABLE public.member_embeddings DROP COLUMN embedding_version;
ALTER TABLE public.search_cache DROP COLUMN community_id;
ALTER TABLE public.search_queries DROP COLUMN community_id;
ALTER TABLE public.search_queries DROP COLUMN member_id;
ALTER TABLE public.users DROP COLUMN member_id;
ALTER TABLE public.users DROP COLUMN updated_at;
DROP TABLE public.alumni_profiles;
DROP TABLE public.communities;
DROP TABLE public.community_admins;
DROP TABLE public.community_memberships;
DROP TABLE public.embedding_generation_jobs;
DROP TABLE public.entrepreneur_profiles;
DROP TABLE public.member_search_index;
DROP TABLE public.members;
DROP TABLE public.migration_log;
DROP TABLE public.resident_profiles;
CREATE TABLE public.community_members (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    name character varying(100) NOT NULL,
    email character varying(100),
    phone character varying(20),
    year_of_graduation integer,
    degree character varying(100),
    branch character varying(100),
    working_knowledge text,
    organization_name character varying(100),
    designation character varying(100),
    city character varying(100),
    state character varying(100),
    country character varying(100) DEFAULT 'India',
    annual_turnover character varying(50),
    role text DEFAULT 'member',
    is_active boolean DEFAULT true,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    CONSTRAINT community_members_year_of_graduation_check CHECK (year_of_graduation IS NULL OR year_of_graduation BETWEEN 1950 AND 2100),
    CONSTRAINT community_members_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE public.community_members IS 'Alumni directory members (single community)';
COMMENT ON COLUMN public.community_members.working_knowledge IS 'Free-text comma separated skills';
COMMENT ON COLUMN public.community_members.role IS 'member | admin | super_admin (unchecked text)';
CREATE INDEX idx_members_name_trgm ON public.community_members USING gin (name gin_trgm_ops);
CREATE INDEX idx_members_city ON public.community_members (city);
CREATE INDEX idx_members_graduation ON public.community_members (year_of_graduation, branch);
CREATE INDEX idx_members_phone ON public.community_members (phone);
ALTER TABLE public.member_embeddings ADD CONSTRAINT member_embeddings_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.community_members (id) ON DELETE CASCADE;
DROP TYPE public.community_role;
DROP TYPE public.community_type;
DROP TYPE public.job_status;
DROP TYPE public.member_type;
DROP TYPE public.subscription_plan;
DROP EXTENSION citext;
COMMENT ON COLUMN public.member_embeddings.profile_embedding IS 'VECTOR(768) in production (pgvector); stored as real[] here';
COMMENT ON COLUMN public.member_embeddings.skills_embedding IS 'VECTOR(768) in production (pgvector); stored as real[] here';
COMMENT ON TABLE public.search_cache IS 'Response cache for search queries';
COMMIT;
