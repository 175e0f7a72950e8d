-- CHECK (x IN ('a','b')) vs the deparsed CHECK ((x = ANY (ARRAY['a'::text, 'b'::text]))) form on text columns
CREATE TABLE t (
    status text NOT NULL,
    kind text,
    CONSTRAINT t_kind_check CHECK ((kind = ANY (ARRAY['x'::text, 'y'::text, 'z'::text]))),
    CONSTRAINT t_status_check CHECK ((status = ANY (ARRAY['a'::text, 'b'::text])))
);
