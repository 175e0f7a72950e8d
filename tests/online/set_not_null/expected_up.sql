-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.users ADD CONSTRAINT users_email_not_null_tmp CHECK (email IS NOT NULL) NOT VALID;
COMMIT;
-- outside a transaction: each statement commits on its own
ALTER TABLE public.users VALIDATE CONSTRAINT users_email_not_null_tmp;
BEGIN;
ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;
ALTER TABLE public.users DROP CONSTRAINT users_email_not_null_tmp;
ALTER TABLE public.users ALTER COLUMN name SET NOT NULL;
COMMIT;
