-- Online migration (schemadiff --online): run it as a script (psql -f), never in one transaction:
-- CONCURRENTLY and VALIDATE statements run outside BEGIN/COMMIT, each committing on its own.
SET lock_timeout = '5s';
SET statement_timeout = '0';

-- ==== expand: additive changes; code written for the old schema keeps working ====
BEGIN;
CREATE TABLE public.payments (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    CONSTRAINT payments_pkey PRIMARY KEY (id)
);
ALTER TABLE public.customers ADD CONSTRAINT customers_email_check CHECK (email LIKE '%@%') NOT VALID;
ALTER TABLE public.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
COMMENT ON CONSTRAINT orders_total_check ON public.orders IS 'no negative totals';
ALTER TABLE public.orders ADD CONSTRAINT orders_total_cap CHECK (total < 1000000) NOT VALID;
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE SET NULL NOT VALID;
ALTER TABLE public.payments ADD CONSTRAINT payments_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders (id);
COMMIT;

-- ==== contract: validations, SET NOT NULL, drops; run once the new code is deployed ====
-- outside a transaction: each statement commits on its own
ALTER TABLE public.customers VALIDATE CONSTRAINT customers_email_check;
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_total_check;
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_fk;
