-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
BEGIN;
CREATE TABLE public.refunds (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    CONSTRAINT refunds_pkey PRIMARY KEY (id)
);
COMMIT;
-- outside a transaction: each statement commits on its own
CREATE INDEX CONCURRENTLY orders_customer_created_idx ON public.orders (customer_id, created_at DESC) WHERE (status <> 'archived');
COMMENT ON INDEX public.orders_customer_created_idx IS 'recent orders per customer';
CREATE UNIQUE INDEX CONCURRENTLY orders_id_status_idx ON public.orders (id, status);
BEGIN;
CREATE INDEX refunds_order_idx ON public.refunds (order_id);
COMMIT;

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
-- outside a transaction: each statement commits on its own
DROP INDEX CONCURRENTLY public.orders_created_idx;
DROP INDEX CONCURRENTLY public.orders_status_idx;
CREATE INDEX CONCURRENTLY orders_created_idx ON public.orders (created_at DESC);
