-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
-- outside a transaction: each statement commits on its own
CREATE UNIQUE INDEX CONCURRENTLY accounts_pkey ON public.accounts (id);
CREATE UNIQUE INDEX CONCURRENTLY accounts_handle_region_key ON public.accounts (handle, region);
CREATE UNIQUE INDEX CONCURRENTLY accounts_referral_code_key ON public.accounts (referral_code) INCLUDE (region) NULLS NOT DISTINCT;
BEGIN;
ALTER TABLE public.accounts ADD CONSTRAINT accounts_handle_region_key UNIQUE USING INDEX accounts_handle_region_key DEFERRABLE;
COMMENT ON CONSTRAINT accounts_handle_region_key ON public.accounts IS 'one handle per region';
ALTER TABLE public.accounts ADD CONSTRAINT accounts_referral_code_key UNIQUE USING INDEX accounts_referral_code_key;
COMMIT;

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.accounts ADD CONSTRAINT accounts_id_not_null_tmp CHECK (id IS NOT NULL) NOT VALID;
COMMIT;
-- outside a transaction: each statement commits on its own
ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_id_not_null_tmp;
BEGIN;
ALTER TABLE public.accounts ALTER COLUMN id SET NOT NULL;
ALTER TABLE public.accounts DROP CONSTRAINT accounts_id_not_null_tmp;
ALTER TABLE public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_pkey;
COMMIT;
