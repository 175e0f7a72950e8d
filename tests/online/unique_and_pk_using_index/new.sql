-- UNIQUE and PRIMARY KEY on tables that exist: the unique index is built
-- CONCURRENTLY under the constraint's name, then adopted with ADD CONSTRAINT
-- ... USING INDEX. The key column's NOT NULL is set online first, so adopting
-- the index for the primary key does not scan.
CREATE TABLE accounts (
    id bigint,
    handle text NOT NULL,
    region text NOT NULL,
    CONSTRAINT accounts_pkey PRIMARY KEY (id),
    referral_code text,
    CONSTRAINT accounts_handle_region_key UNIQUE (handle, region) DEFERRABLE,
    CONSTRAINT accounts_referral_code_key UNIQUE NULLS NOT DISTINCT (referral_code) INCLUDE (region)
);
COMMENT ON CONSTRAINT accounts_handle_region_key ON accounts IS 'one handle per region';
