BEGIN;
CREATE SCHEMA core;
CREATE SCHEMA education;
CREATE SCHEMA events;
CREATE SCHEMA finance;
CREATE SCHEMA migration;
COMMENT ON SCHEMA migration IS 'Migration bookkeeping, dual-write error log and integration points';
CREATE SCHEMA property;
CREATE SCHEMA recreation;
CREATE EXTENSION btree_gist WITH SCHEMA public;
CREATE EXTENSION citext WITH SCHEMA public;
CREATE SEQUENCE core.persons_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE education.programs_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE events.events_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE finance.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE finance.invoice_number_seq AS bigint START WITH 10000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE migration.dual_write_errors_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE migration.event_log_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE SEQUENCE migration.integration_webhooks_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE migration.schema_versions_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE property.cottages_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE property.leaseholds_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE core.person_relationships (
    person_id integer NOT NULL,
    related_person_id integer NOT NULL,
    relationship_type character varying(30) NOT NULL,
    CONSTRAINT person_relationships_check CHECK (person_id <> related_person_id),
    CONSTRAINT person_relationships_pkey PRIMARY KEY (person_id, related_person_id, relationship_type)
);
CREATE TABLE core.persons (
    id integer DEFAULT nextval('core.persons_id_seq'::regclass) NOT NULL,
    legacy_memorial_id integer,
    legacy_chapel_app_id integer,
    person_type character varying(50) NOT NULL,
    first_name character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    email public.citext,
    phone character varying(30),
    birth_date date,
    death_date date,
    created_at timestamp with time zone DEFAULT current_timestamp,
    migration_source character varying(50),
    migration_date timestamp with time zone,
    CONSTRAINT persons_person_type_check CHECK (person_type IN ('member', 'deceased', 'leaseholder', 'staff', 'clergy', 'guest')),
    CONSTRAINT persons_pkey PRIMARY KEY (id),
    CONSTRAINT persons_legacy_memorial_key UNIQUE (legacy_memorial_id)
);
COMMENT ON COLUMN core.persons.migration_source IS 'e.g. memorial_migration_v1; NULL for records created natively';
CREATE TABLE education.enrollments (
    program_id integer NOT NULL,
    person_id integer NOT NULL,
    enrolled_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT enrollments_pkey PRIMARY KEY (program_id, person_id)
);
CREATE TABLE education.programs (
    id integer DEFAULT nextval('education.programs_id_seq'::regclass) NOT NULL,
    code character varying(20) NOT NULL,
    title character varying(200) NOT NULL,
    season smallint NOT NULL,
    capacity integer,
    CONSTRAINT programs_capacity_check CHECK (capacity > 0),
    CONSTRAINT programs_pkey PRIMARY KEY (id),
    CONSTRAINT programs_code_key UNIQUE (code)
);
CREATE TABLE events.chapel_services (
    event_id integer NOT NULL,
    legacy_application_id integer,
    service_type crouse_chapel.service_type NOT NULL,
    officiant_person_id integer,
    CONSTRAINT chapel_services_pkey PRIMARY KEY (event_id),
    CONSTRAINT chapel_services_legacy_application_id_key UNIQUE (legacy_application_id)
);
CREATE TABLE events.events (
    id integer DEFAULT nextval('events.events_id_seq'::regclass) NOT NULL,
    title character varying(200) NOT NULL,
    venue character varying(100) DEFAULT 'Crouse Chapel' NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    duration_minutes integer GENERATED ALWAYS AS (CAST(extract ('epoch' FROM ends_at - starts_at) / 60 AS int)) STORED,
    CONSTRAINT events_time_check CHECK (ends_at > starts_at),
    CONSTRAINT events_pkey PRIMARY KEY (id)
);
CREATE TABLE finance.accounts (
    id integer DEFAULT nextval('finance.accounts_id_seq'::regclass) NOT NULL,
    code character varying(20) NOT NULL,
    name character varying(100) NOT NULL,
    account_type character varying(20) NOT NULL,
    CONSTRAINT accounts_account_type_check CHECK (account_type IN ('asset', 'liability', 'income', 'expense')),
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    CONSTRAINT accounts_code_key UNIQUE (code)
);
CREATE TABLE finance.invoices (
    invoice_number bigint DEFAULT nextval('finance.invoice_number_seq') NOT NULL,
    person_id integer NOT NULL,
    total numeric(12,2) DEFAULT 0 NOT NULL,
    issued_on date DEFAULT current_date NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (invoice_number)
);
CREATE TABLE finance.transactions (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    account_id integer NOT NULL,
    person_id integer,
    amount numeric(12,2) NOT NULL,
    legacy_memorial_payment_id integer,
    memo text,
    posted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT transactions_amount_check CHECK (amount <> 0),
    CONSTRAINT transactions_pkey PRIMARY KEY (id)
);
CREATE TABLE migration.dual_write_errors (
    id bigint DEFAULT nextval('migration.dual_write_errors_id_seq'::regclass) NOT NULL,
    entity_type character varying(50) NOT NULL,
    legacy_id integer,
    modern_id integer,
    error text NOT NULL,
    payload jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    resolved_at timestamp with time zone,
    CONSTRAINT dual_write_errors_pkey PRIMARY KEY (id)
);
CREATE TABLE migration.event_log (
    id bigint DEFAULT nextval('migration.event_log_id_seq'::regclass) NOT NULL,
    event_type character varying(100) NOT NULL,
    payload jsonb DEFAULT '{}' NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_log_pkey PRIMARY KEY (id)
);
CREATE TABLE migration.integration_webhooks (
    id integer DEFAULT nextval('migration.integration_webhooks_id_seq'::regclass) NOT NULL,
    event_type character varying(100) NOT NULL,
    callback_url text NOT NULL,
    retry_policy character varying(20) DEFAULT 'exponential' NOT NULL,
    max_retries smallint DEFAULT 3 NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT integration_webhooks_callback_url_check CHECK (callback_url ~ '^https?://'),
    CONSTRAINT integration_webhooks_retry_policy_check CHECK (retry_policy IN ('exponential', 'linear', 'none')),
    CONSTRAINT integration_webhooks_pkey PRIMARY KEY (id)
);
CREATE TABLE migration.schema_versions (
    id integer DEFAULT nextval('migration.schema_versions_id_seq'::regclass) NOT NULL,
    version character varying(20) NOT NULL,
    description text,
    applied_at timestamp with time zone DEFAULT current_timestamp,
    rollback_script text,
    status character varying(20) DEFAULT 'applied',
    CONSTRAINT schema_versions_status_check CHECK (status IN ('applied', 'rolled_back')),
    CONSTRAINT schema_versions_pkey PRIMARY KEY (id),
    CONSTRAINT schema_versions_version_key UNIQUE (version)
);
CREATE TABLE property.cottages (
    id integer DEFAULT nextval('property.cottages_id_seq'::regclass) NOT NULL,
    cottage_number character varying(10) NOT NULL,
    block_number integer,
    lot_number integer,
    street character varying(100),
    is_association_owned boolean DEFAULT false NOT NULL,
    CONSTRAINT cottages_pkey PRIMARY KEY (id),
    CONSTRAINT cottages_cottage_number_key UNIQUE (cottage_number)
);
CREATE TABLE property.leaseholds (
    id integer DEFAULT nextval('property.leaseholds_id_seq'::regclass) NOT NULL,
    cottage_id integer NOT NULL,
    person_id integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date,
    CONSTRAINT leaseholds_check CHECK (ends_on IS NULL OR ends_on > starts_on),
    CONSTRAINT leaseholds_pkey PRIMARY KEY (id)
);
ALTER SEQUENCE core.persons_id_seq OWNED BY core.persons.id;
ALTER SEQUENCE education.programs_id_seq OWNED BY education.programs.id;
ALTER SEQUENCE events.events_id_seq OWNED BY events.events.id;
ALTER SEQUENCE finance.accounts_id_seq OWNED BY finance.accounts.id;
ALTER SEQUENCE finance.invoice_number_seq OWNED BY finance.invoices.invoice_number;
ALTER SEQUENCE migration.dual_write_errors_id_seq OWNED BY migration.dual_write_errors.id;
ALTER SEQUENCE migration.event_log_id_seq OWNED BY migration.event_log.id;
ALTER SEQUENCE migration.integration_webhooks_id_seq OWNED BY migration.integration_webhooks.id;
ALTER SEQUENCE migration.schema_versions_id_seq OWNED BY migration.schema_versions.id;
ALTER SEQUENCE property.cottages_id_seq OWNED BY property.cottages.id;
ALTER SEQUENCE property.leaseholds_id_seq OWNED BY property.leaseholds.id;
CREATE INDEX memorials_name_lookup_idx ON bayview.memorials ((lower(last_name)), (lower(first_name)));
CREATE INDEX persons_legacy_chapel_idx ON core.persons (legacy_chapel_app_id) WHERE (legacy_chapel_app_id IS NOT NULL);
CREATE INDEX persons_name_idx ON core.persons (last_name, first_name);
CREATE INDEX events_starts_at_idx ON events.events (starts_at);
CREATE INDEX transactions_posted_brin ON finance.transactions USING brin (posted_at);
CREATE INDEX dual_write_errors_open_idx ON migration.dual_write_errors (created_at) WHERE (resolved_at IS NULL);
CREATE INDEX event_log_type_time_idx ON migration.event_log (event_type, created_at DESC);
CREATE INDEX integration_webhooks_active_idx ON migration.integration_webhooks (event_type) WHERE (active);
CREATE INDEX leaseholds_period_idx ON property.leaseholds USING gist (cottage_id, (daterange(starts_on, ends_on, '[)')));
ALTER TABLE core.person_relationships ADD CONSTRAINT person_relationships_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.persons (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE core.person_relationships ADD CONSTRAINT person_relationships_related_person_id_fkey FOREIGN KEY (related_person_id) REFERENCES core.persons (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE core.persons ADD CONSTRAINT persons_legacy_memorial_id_fkey FOREIGN KEY (legacy_memorial_id) REFERENCES bayview.memorials (id);
ALTER TABLE core.persons ADD CONSTRAINT persons_legacy_chapel_app_id_fkey FOREIGN KEY (legacy_chapel_app_id) REFERENCES crouse_chapel.service_applications (id);
ALTER TABLE education.enrollments ADD CONSTRAINT enrollments_program_id_fkey FOREIGN KEY (program_id) REFERENCES education.programs (id) ON DELETE CASCADE;
ALTER TABLE education.enrollments ADD CONSTRAINT enrollments_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.persons (id) ON DELETE CASCADE;
ALTER TABLE events.chapel_services ADD CONSTRAINT chapel_services_event_id_fkey FOREIGN KEY (event_id) REFERENCES events.events (id) ON DELETE CASCADE;
ALTER TABLE events.chapel_services ADD CONSTRAINT chapel_services_legacy_application_id_fkey FOREIGN KEY (legacy_application_id) REFERENCES crouse_chapel.service_applications (id);
ALTER TABLE events.chapel_services ADD CONSTRAINT chapel_services_officiant_person_id_fkey FOREIGN KEY (officiant_person_id) REFERENCES core.persons (id) ON DELETE SET NULL;
ALTER TABLE finance.invoices ADD CONSTRAINT invoices_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.persons (id);
ALTER TABLE finance.transactions ADD CONSTRAINT transactions_account_id_fkey FOREIGN KEY (account_id) REFERENCES finance.accounts (id);
ALTER TABLE finance.transactions ADD CONSTRAINT transactions_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.persons (id) ON DELETE SET NULL;
ALTER TABLE finance.transactions ADD CONSTRAINT transactions_legacy_memorial_payment_id_fkey FOREIGN KEY (legacy_memorial_payment_id) REFERENCES bayview.memorial_payments (id);
ALTER TABLE property.leaseholds ADD CONSTRAINT leaseholds_cottage_id_fkey FOREIGN KEY (cottage_id) REFERENCES property.cottages (id) ON DELETE RESTRICT;
ALTER TABLE property.leaseholds ADD CONSTRAINT leaseholds_person_id_fkey FOREIGN KEY (person_id) REFERENCES core.persons (id) ON DELETE RESTRICT;
COMMENT ON SCHEMA bayview IS 'LEGACY (protected, read-mostly): memorial garden records; see core.persons';
COMMENT ON SCHEMA crouse_chapel IS 'LEGACY (protected, read-mostly): chapel service applications';
COMMENT ON TABLE bayview.memorials IS 'LEGACY source of truth for memorials; mirrored into core.persons (person_type = deceased)';
COMMIT;
