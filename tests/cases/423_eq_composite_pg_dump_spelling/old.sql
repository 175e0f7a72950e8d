CREATE TYPE money_t AS (amount numeric(10, 2), currency char(3), "Note" text collate "C", tags varchar[]);
CREATE TABLE t (id int PRIMARY KEY, m money_t);
COMMENT ON TYPE money_t IS 'money';
COMMENT ON COLUMN money_t.amount IS 'how much';
