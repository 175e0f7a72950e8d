-- range types as pg_dump writes them (explicit multirange names, canonical subtypes)
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TYPE public.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = public.floatmultirange,
    subtype_diff = float8mi
);
CREATE TYPE public.r AS RANGE (
    subtype = integer,
    multirange_type_name = public.r_multirange
);
CREATE TYPE public.tr AS RANGE (
    subtype = text,
    multirange_type_name = public.tr_multirange,
    collation = pg_catalog."C"
);
