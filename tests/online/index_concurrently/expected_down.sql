-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
-- outside a transaction: each statement commits on its own
CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders (status);

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
-- outside a transaction: each statement commits on its own
DROP INDEX CONCURRENTLY public.orders_created_idx;
DROP INDEX CONCURRENTLY public.orders_customer_created_idx;
DROP INDEX CONCURRENTLY public.orders_id_status_idx;
DROP INDEX CONCURRENTLY public.refunds_order_idx;
CREATE INDEX CONCURRENTLY orders_created_idx ON public.orders (created_at);
BEGIN;
DROP TABLE public.refunds;
COMMIT;
