-- Source: seed 001 "Safe Migration Architecture for Bay View Association".
-- Represents: the LEGACY database before Phase 1: only the two protected
-- legacy schemas, bayview (memorial garden) and crouse_chapel (chapel
-- service applications), written years apart in different styles.

CREATE SCHEMA bayview;
CREATE SCHEMA crouse_chapel;

COMMENT ON SCHEMA bayview IS 'Memorial garden records';

-- bayview ------------------------------------------------------------------

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

COMMENT ON TABLE bayview.memorials IS 'Memorial garden plaques and inscriptions';

CREATE TABLE bayview.memorial_payments (
    id              serial PRIMARY KEY,
    memorial_id     int4 REFERENCES bayview.memorials (id),
    amount          numeric(10,2) NOT NULL,
    payment_method  varchar(20),
    check_number    varchar(20),
    paid_at         timestamp,
    created_at      timestamp DEFAULT CURRENT_TIMESTAMP
);

-- crouse_chapel -------------------------------------------------------------

CREATE TYPE crouse_chapel.service_type AS ENUM ('wedding', 'memorial', 'baptism', 'vow_renewal');

CREATE SEQUENCE crouse_chapel.application_ref_seq
    START WITH 1000
    INCREMENT BY 1
    MINVALUE 1000
    NO MAXVALUE
    CACHE 1;

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
    id            serial PRIMARY KEY,
    name          varchar(200) NOT NULL,
    title         varchar(50),
    denomination  varchar(100),
    email         varchar(200),
    phone         varchar(30),
    is_active     boolean DEFAULT true
);

CREATE TABLE crouse_chapel.service_clergy (
    application_id  integer NOT NULL REFERENCES crouse_chapel.service_applications (id) ON DELETE CASCADE,
    clergy_id       integer NOT NULL REFERENCES crouse_chapel.clergy (id),
    role            varchar(50) DEFAULT 'officiant',
    PRIMARY KEY (application_id, clergy_id)
);

CREATE TABLE crouse_chapel.blackout_dates (
    blackout_date  date PRIMARY KEY,
    reason         text
);
