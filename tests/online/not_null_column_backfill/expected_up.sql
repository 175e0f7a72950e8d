-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
BEGIN;
ALTER TABLE public.invoices ADD COLUMN currency character(3);
COMMENT ON COLUMN public.invoices.currency IS 'ISO 4217';
ALTER TABLE public.invoices ADD COLUMN paid boolean DEFAULT false NOT NULL;
COMMIT;

-- ==== backfill: fill the new NOT NULL columns before the contract phase ====
-- public.invoices.currency is NOT NULL in the new schema and has no default: fill it now,
-- in batches on a large table, e.g.
--   UPDATE public.invoices SET currency = ... WHERE currency IS NULL;
-- The contract phase fails while any row still holds NULL.

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.invoices ADD CONSTRAINT invoices_currency_not_null_tmp CHECK (currency IS NOT NULL) NOT VALID;
COMMIT;
-- outside a transaction: each statement commits on its own
ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_currency_not_null_tmp;
BEGIN;
ALTER TABLE public.invoices ALTER COLUMN currency SET NOT NULL;
ALTER TABLE public.invoices DROP CONSTRAINT invoices_currency_not_null_tmp;
DROP TABLE public.legacy_invoices;
COMMIT;
