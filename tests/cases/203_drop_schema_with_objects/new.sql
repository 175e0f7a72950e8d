-- a schema with an enum, a sequence, tables, an index and a FK from public into it is dropped
CREATE TABLE public.orders (id integer PRIMARY KEY, product_id integer);
