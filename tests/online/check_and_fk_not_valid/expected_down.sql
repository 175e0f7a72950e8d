-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
BEGIN;
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_fk;
ALTER TABLE public.payments DROP CONSTRAINT payments_order_id_fkey;
ALTER TABLE public.customers DROP CONSTRAINT customers_email_check;
ALTER TABLE public.orders DROP CONSTRAINT orders_total_check;
ALTER TABLE public.orders DROP CONSTRAINT orders_total_cap;
DROP TABLE public.payments;
COMMIT;
