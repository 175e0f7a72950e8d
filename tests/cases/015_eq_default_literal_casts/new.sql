-- DEFAULT 'x' vs DEFAULT 'x'::text (and varchar/date/numeric literal defaults)
CREATE TABLE t (
    a text DEFAULT 'x'::text,
    b character varying(10) DEFAULT 'y'::character varying,
    c integer DEFAULT 0,
    d numeric DEFAULT 1.5,
    e date DEFAULT '2020-01-01'::date
);
