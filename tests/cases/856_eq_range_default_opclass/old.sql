-- a range type's subtype_opclass written out when it is the subtype's default
CREATE TYPE r AS RANGE (subtype = int4, subtype_opclass = int4_ops);
CREATE TYPE vr AS RANGE (subtype = varchar, subtype_opclass = pg_catalog.text_ops);
CREATE TYPE dr AS RANGE (subtype = date, subtype_opclass = date_ops);
CREATE TYPE tr AS RANGE (subtype = text, subtype_opclass = text_pattern_ops);
