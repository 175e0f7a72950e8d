-- renames by annotation (schemadiff's and psqldef's spelling) of a table, a column and an index; the serial's sequence and the primary key keep their PostgreSQL names, the unique key's new default name is a rename the diff finds itself
CREATE SEQUENCE old_users_id_seq;
CREATE TABLE users ( -- schemadiff:renamed-from old_users
  id bigint NOT NULL DEFAULT nextval('old_users_id_seq'::regclass),
  login text NOT NULL, -- @renamed from=username
  email text,
  CONSTRAINT old_users_pkey PRIMARY KEY (id),
  CONSTRAINT users_email_key UNIQUE (email)
);
ALTER SEQUENCE old_users_id_seq OWNED BY users.id;
CREATE INDEX users_login_idx /* schemadiff:renamed-from old_users_username_idx */ ON users (login);
COMMENT ON COLUMN users.login IS 'login name';
