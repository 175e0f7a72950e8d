-- CHECK constraints (column, multi-column, named) are added
CREATE TABLE t (
    id integer PRIMARY KEY,
    qty integer CHECK (qty >= 0),
    lo integer,
    hi integer,
    email text CONSTRAINT email_has_at CHECK (position('@' in email) > 1),
    CHECK (lo <= hi)
);
