-- UNIQUE and PRIMARY KEY on tables that exist: the unique index is built
-- CONCURRENTLY under the constraint's name, then adopted with ADD CONSTRAINT
-- ... USING INDEX. The key column's NOT NULL is set online first, so adopting
-- the index for the primary key does not scan.
CREATE TABLE accounts (
    id bigint,
    handle text NOT NULL,
    region text NOT NULL,
    referral_code text
);
