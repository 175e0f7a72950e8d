-- NOT NULL columns with defaults (constant and now()) are added to an existing table
CREATE TABLE t (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    created_at timestamptz NOT NULL DEFAULT now(),
    flags integer[] NOT NULL DEFAULT '{}'
);
