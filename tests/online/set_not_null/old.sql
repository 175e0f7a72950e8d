-- SET NOT NULL on a column that exists: a temporary CHECK (col IS NOT NULL)
-- NOT VALID, VALIDATE, then SET NOT NULL (no scan) and the check dropped.
-- Backward, DROP NOT NULL is additive and runs in expand.
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text,
    name text,
    CONSTRAINT users_name_check CHECK (name IS NOT NULL)
);
