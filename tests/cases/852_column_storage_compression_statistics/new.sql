-- column storage, compression and statistics target
CREATE TABLE d (id int, body text COMPRESSION lz4, doc jsonb, amount numeric, blob bytea, tags text[], note varchar(20),
                addr inet, extra text COMPRESSION pglz);
ALTER TABLE d ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE d ALTER COLUMN amount SET STORAGE EXTENDED;
ALTER TABLE d ALTER COLUMN blob SET STORAGE MAIN, ALTER COLUMN blob SET COMPRESSION pglz;
ALTER TABLE d ALTER COLUMN id SET STATISTICS 500;
ALTER TABLE d ALTER COLUMN doc SET STORAGE EXTENDED;  -- jsonb's own storage: nothing to do
ALTER TABLE d ALTER COLUMN extra SET STORAGE MAIN, ALTER COLUMN extra SET STATISTICS 0;
CREATE TABLE e (x text, y int);
ALTER TABLE e ALTER x SET STORAGE PLAIN, ALTER y SET STATISTICS 1000;
