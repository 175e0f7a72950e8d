-- the same range types without the default operator class (pg_dump's spelling)
CREATE TYPE r AS RANGE (subtype = integer);
CREATE TYPE vr AS RANGE (subtype = character varying);
CREATE TYPE dr AS RANGE (subtype = date);
CREATE TYPE tr AS RANGE (subtype = text, subtype_opclass = pg_catalog.text_pattern_ops);
