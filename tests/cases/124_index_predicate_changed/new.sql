-- the WHERE predicate of a partial index changes
CREATE TABLE t (id integer PRIMARY KEY, email text, deleted_at timestamptz, active boolean);
CREATE UNIQUE INDEX t_email_idx ON t (email) WHERE deleted_at IS NULL AND active;
