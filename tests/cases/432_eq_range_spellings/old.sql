CREATE TYPE floatrange AS RANGE (subtype = double precision, subtype_diff = pg_catalog.float8mi);
CREATE TYPE r AS RANGE (subtype = int4, multirange_type_name = r_multirange);
CREATE TYPE tr AS RANGE (subtype = text, collation = pg_catalog."C");
