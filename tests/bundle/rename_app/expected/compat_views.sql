-- schemadiff compatibility views: run after up.sql.
-- Code written for OLD reads (and, through these simple views, writes) the renamed
-- tables and columns by their OLD names once compat comes first on its search_path:
--   SET search_path = compat, public;
-- Drop them before down.sql (they depend on the NEW tables): DROP SCHEMA compat CASCADE;
BEGIN;
CREATE SCHEMA IF NOT EXISTS compat;

-- OLD public.users is NEW public.accounts
-- column legacy_flag is dropped in NEW: left out of the view
CREATE OR REPLACE VIEW compat.users AS
SELECT
  id,
  full_name AS name,
  email
FROM public.accounts;
COMMENT ON VIEW compat.users IS 'schemadiff compatibility view: OLD public.users reading NEW public.accounts';

-- OLD public.posts is NEW public.posts
CREATE OR REPLACE VIEW compat.posts AS
SELECT
  id,
  account_id AS user_id,
  body,
  mood
FROM public.posts;
COMMENT ON VIEW compat.posts IS 'schemadiff compatibility view: OLD public.posts reading NEW public.posts';
COMMIT;
