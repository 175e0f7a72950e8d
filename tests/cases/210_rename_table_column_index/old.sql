CREATE TABLE old_users (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  email text UNIQUE
);
CREATE INDEX old_users_username_idx ON old_users (username);
COMMENT ON COLUMN old_users.username IS 'login name';
