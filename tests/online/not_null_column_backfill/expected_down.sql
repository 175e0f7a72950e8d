-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
BEGIN;
CREATE TABLE public.legacy_invoices (
    id bigint NOT NULL,
    CONSTRAINT legacy_invoices_pkey PRIMARY KEY (id)
);
COMMIT;

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.invoices DROP COLUMN currency;
ALTER TABLE public.invoices DROP COLUMN paid;
COMMIT;
