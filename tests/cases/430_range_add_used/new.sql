-- range types: a plain one and one with options, used by columns
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE textrange AS RANGE (subtype = text, collation = "C", multirange_type_name = text_mr);
CREATE TABLE booking (id integer PRIMARY KEY, f floatrange, t textrange);
COMMENT ON TYPE floatrange IS 'floats';
