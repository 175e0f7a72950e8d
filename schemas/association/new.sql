-- Source: seed 001 "Safe Migration Architecture for Bay View Association".
-- Represents: the database after Phases 1-3: the legacy schemas are kept
-- (protected, only comments and a lookup index added) and the new schemas
-- core/property/education/events/recreation/finance/migration are built
-- alongside, linked back to legacy rows. Views, functions, EXCLUDE, grants: later.sql.

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA bayview;
CREATE SCHEMA crouse_chapel;
CREATE SCHEMA core;
CREATE SCHEMA property;
CREATE SCHEMA education;
CREATE SCHEMA events;
CREATE SCHEMA recreation;
CREATE SCHEMA finance;
CREATE SCHEMA migration;

COMMENT ON SCHEMA bayview IS 'LEGACY (protected, read-mostly): memorial garden records; see core.persons';
COMMENT ON SCHEMA crouse_chapel IS 'LEGACY (protected, read-mostly): chapel service applications';
COMMENT ON SCHEMA migration IS 'Migration bookkeeping, dual-write error log and integration points';

-- bayview (unchanged structure) ----------------------------------------------
CREATE TABLE bayview.memorials (
    id                  serial PRIMARY KEY,
    first_name          varchar(100),
    middle_name         varchar(100),
    last_name           varchar(100) NOT NULL,
    maiden_name         varchar(100),
    birth_date          date,
    death_date          date,
    memorial_type       varchar(50) DEFAULT 'plaque',
    garden_location     varchar(100),
    inscription         text,
    submitted_by_name   varchar(200),
    submitted_by_email  varchar(200),
    submitted_by_phone  varchar(30),
    approved            boolean DEFAULT false,
    notes               text,
    created_at          timestamp DEFAULT CURRENT_TIMESTAMP,
    updated_at          timestamp DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT memorials_dates_check CHECK (death_date IS NULL OR birth_date IS NULL OR death_date >= birth_date)
);
CREATE INDEX memorials_last_name_idx ON bayview.memorials (last_name);
CREATE INDEX memorials_location_idx ON bayview.memorials (garden_location);
CREATE INDEX memorials_name_lookup_idx ON bayview.memorials (lower(last_name), lower(first_name));
COMMENT ON TABLE bayview.memorials IS 'LEGACY source of truth for memorials; mirrored into core.persons (person_type = deceased)';

CREATE TABLE bayview.memorial_payments (
    id serial PRIMARY KEY, memorial_id int4 REFERENCES bayview.memorials (id),
    amount numeric(10,2) NOT NULL, payment_method varchar(20), check_number varchar(20),
    paid_at timestamp, created_at timestamp DEFAULT CURRENT_TIMESTAMP
);

-- crouse_chapel (unchanged structure) -----------------------------------------
CREATE TYPE crouse_chapel.service_type AS ENUM ('wedding', 'memorial', 'baptism', 'vow_renewal');
CREATE SEQUENCE crouse_chapel.application_ref_seq START WITH 1000 INCREMENT BY 1 MINVALUE 1000 NO MAXVALUE CACHE 1;

CREATE TABLE crouse_chapel.service_applications (
    id                serial PRIMARY KEY,
    reference_number  integer NOT NULL DEFAULT nextval('crouse_chapel.application_ref_seq'),
    service_type      crouse_chapel.service_type NOT NULL,
    applicant_name    varchar(200) NOT NULL,
    applicant_email   varchar(200),
    applicant_phone   varchar(30),
    is_member         boolean DEFAULT false,
    member_sponsor    varchar(200),
    service_date      date NOT NULL,
    service_time      time,
    rehearsal_date    date,
    guest_count       integer,
    status            varchar(20) DEFAULT 'pending',
    fee_amount        numeric(8,2),
    fee_paid          boolean DEFAULT false,
    special_requests  text,
    created_at        timestamp with time zone DEFAULT now(),
    UNIQUE (reference_number),
    CHECK (status IN ('pending', 'approved', 'completed', 'cancelled'))
);
CREATE INDEX service_applications_date_idx ON crouse_chapel.service_applications (service_date);

CREATE TABLE crouse_chapel.clergy (
    id serial PRIMARY KEY, name varchar(200) NOT NULL, title varchar(50), denomination varchar(100),
    email varchar(200), phone varchar(30), is_active boolean DEFAULT true
);

CREATE TABLE crouse_chapel.service_clergy (
    application_id  integer NOT NULL REFERENCES crouse_chapel.service_applications (id) ON DELETE CASCADE,
    clergy_id       integer NOT NULL REFERENCES crouse_chapel.clergy (id),
    role            varchar(50) DEFAULT 'officiant',
    PRIMARY KEY (application_id, clergy_id)
);

CREATE TABLE crouse_chapel.blackout_dates (blackout_date date PRIMARY KEY, reason text);

-- migration ---------------------------------------------------------------------
CREATE TABLE migration.schema_versions (
    id SERIAL PRIMARY KEY,
    version VARCHAR(20) NOT NULL UNIQUE,
    description TEXT,
    applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    rollback_script TEXT,
    status VARCHAR(20) DEFAULT 'applied' CHECK (status IN ('applied', 'rolled_back'))
);

CREATE TABLE migration.integration_webhooks (
    id            serial PRIMARY KEY,
    event_type    varchar(100) NOT NULL,
    callback_url  text NOT NULL CHECK (callback_url ~ '^https?://'),
    retry_policy  varchar(20) NOT NULL DEFAULT 'exponential' CHECK (retry_policy IN ('exponential', 'linear', 'none')),
    max_retries   smallint NOT NULL DEFAULT 3,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integration_webhooks_active_idx ON migration.integration_webhooks (event_type) WHERE active;

CREATE TABLE migration.event_log (
    id          bigserial PRIMARY KEY,
    event_type  varchar(100) NOT NULL,
    payload     jsonb NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_log_type_time_idx ON migration.event_log (event_type, created_at DESC);

CREATE TABLE migration.dual_write_errors (
    id           bigserial PRIMARY KEY,
    entity_type  varchar(50) NOT NULL,
    legacy_id    integer,
    modern_id    integer,
    error        text NOT NULL,
    payload      jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz
);
CREATE INDEX dual_write_errors_open_idx ON migration.dual_write_errors (created_at) WHERE resolved_at IS NULL;

-- core --------------------------------------------------------------------------
CREATE TABLE core.persons (
    id SERIAL PRIMARY KEY,
    legacy_memorial_id INTEGER REFERENCES bayview.memorials(id),
    legacy_chapel_app_id INTEGER REFERENCES crouse_chapel.service_applications(id),
    person_type VARCHAR(50) NOT NULL CHECK (person_type IN ('member', 'deceased', 'leaseholder', 'staff', 'clergy', 'guest')),
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    email citext,
    phone VARCHAR(30),
    birth_date DATE,
    death_date DATE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    migration_source VARCHAR(50),
    migration_date TIMESTAMP WITH TIME ZONE,
    CONSTRAINT persons_legacy_memorial_key UNIQUE (legacy_memorial_id)
);
CREATE INDEX persons_name_idx ON core.persons (last_name, first_name);
CREATE INDEX persons_legacy_chapel_idx ON core.persons (legacy_chapel_app_id) WHERE legacy_chapel_app_id IS NOT NULL;
COMMENT ON COLUMN core.persons.migration_source IS 'e.g. memorial_migration_v1; NULL for records created natively';

CREATE TABLE core.person_relationships (
    person_id          integer NOT NULL,
    related_person_id  integer NOT NULL,
    relationship_type  varchar(30) NOT NULL,
    PRIMARY KEY (person_id, related_person_id, relationship_type),
    CHECK (person_id <> related_person_id),
    FOREIGN KEY (person_id) REFERENCES core.persons (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (related_person_id) REFERENCES core.persons (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

-- property ----------------------------------------------------------------------
CREATE TABLE property.cottages (
    id                    serial PRIMARY KEY,
    cottage_number        varchar(10) NOT NULL UNIQUE,
    block_number          integer,
    lot_number            integer,
    street                varchar(100),
    is_association_owned  boolean NOT NULL DEFAULT false
);

CREATE TABLE property.leaseholds (
    id          serial PRIMARY KEY,
    cottage_id  integer NOT NULL REFERENCES property.cottages (id) ON DELETE RESTRICT,
    person_id   integer NOT NULL REFERENCES core.persons (id) ON DELETE RESTRICT,
    starts_on   date NOT NULL,
    ends_on     date,
    CHECK (ends_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX leaseholds_period_idx ON property.leaseholds USING gist (cottage_id, daterange(starts_on, ends_on, '[)'));

-- education / events (recreation: schema only, tables come later) ---------------
CREATE TABLE education.programs (
    id        serial PRIMARY KEY,
    code      varchar(20) NOT NULL UNIQUE,
    title     varchar(200) NOT NULL,
    season    smallint NOT NULL,
    capacity  integer CHECK (capacity > 0)
);

CREATE TABLE education.enrollments (
    program_id   integer NOT NULL REFERENCES education.programs (id) ON DELETE CASCADE,
    person_id    integer NOT NULL REFERENCES core.persons (id) ON DELETE CASCADE,
    enrolled_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (program_id, person_id)
);

CREATE TABLE events.events (
    id                serial PRIMARY KEY,
    title             varchar(200) NOT NULL,
    venue             varchar(100) NOT NULL DEFAULT 'Crouse Chapel',
    starts_at         timestamptz NOT NULL,
    ends_at           timestamptz NOT NULL,
    duration_minutes  integer GENERATED ALWAYS AS ((extract(epoch FROM ends_at - starts_at) / 60)::integer) STORED,
    CONSTRAINT events_time_check CHECK (ends_at > starts_at)
);
CREATE INDEX events_starts_at_idx ON events.events (starts_at);

CREATE TABLE events.chapel_services (
    event_id               integer PRIMARY KEY REFERENCES events.events (id) ON DELETE CASCADE,
    legacy_application_id  integer UNIQUE REFERENCES crouse_chapel.service_applications (id),
    service_type           crouse_chapel.service_type NOT NULL,
    officiant_person_id    integer REFERENCES core.persons (id) ON DELETE SET NULL
);

-- finance -----------------------------------------------------------------------
CREATE TABLE finance.accounts (
    id            serial PRIMARY KEY,
    code          varchar(20) NOT NULL UNIQUE,
    name          varchar(100) NOT NULL,
    account_type  varchar(20) NOT NULL CHECK (account_type IN ('asset', 'liability', 'income', 'expense'))
);

CREATE TABLE finance.transactions (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id                  integer NOT NULL REFERENCES finance.accounts (id),
    person_id                   integer REFERENCES core.persons (id) ON DELETE SET NULL,
    amount                      numeric(12,2) NOT NULL CHECK (amount <> 0),
    legacy_memorial_payment_id  integer REFERENCES bayview.memorial_payments (id),
    memo                        text,
    posted_at                   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transactions_posted_brin ON finance.transactions USING brin (posted_at);

CREATE SEQUENCE finance.invoice_number_seq AS bigint START WITH 10000 INCREMENT BY 1 NO CYCLE;
CREATE TABLE finance.invoices (
    invoice_number  bigint PRIMARY KEY DEFAULT nextval('finance.invoice_number_seq'),
    person_id       integer NOT NULL REFERENCES core.persons (id),
    total           numeric(12,2) NOT NULL DEFAULT 0,
    issued_on       date NOT NULL DEFAULT CURRENT_DATE
);
ALTER SEQUENCE finance.invoice_number_seq OWNED BY finance.invoices.invoice_number;
