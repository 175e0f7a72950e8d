-- A new NOT NULL column without a default on a table that exists: added
-- nullable in expand, a backfill placeholder, then SET NOT NULL the online way
-- in contract. A NOT NULL column with a default is added as is (no scan), and
-- a table dropped in NEW goes in contract.
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    amount numeric(12,2) NOT NULL
);
CREATE TABLE legacy_invoices (
    id bigint PRIMARY KEY
);
