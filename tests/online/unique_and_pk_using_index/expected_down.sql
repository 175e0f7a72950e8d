-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.accounts DROP CONSTRAINT accounts_pkey;
ALTER TABLE public.accounts DROP CONSTRAINT accounts_handle_region_key;
ALTER TABLE public.accounts DROP CONSTRAINT accounts_referral_code_key;
ALTER TABLE public.accounts ALTER COLUMN id DROP NOT NULL;
COMMIT;
