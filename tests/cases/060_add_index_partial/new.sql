-- partial indexes (plain and unique) with WHERE predicates are added
CREATE TABLE t (id integer PRIMARY KEY, email text, deleted_at timestamptz, status text);
CREATE UNIQUE INDEX t_email_live_idx ON t (email) WHERE deleted_at IS NULL;
CREATE INDEX t_status_idx ON t (status) WHERE status IN ('open', 'pending');
