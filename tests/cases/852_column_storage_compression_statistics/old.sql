-- column storage, compression and statistics target
CREATE TABLE d (id int, body text, doc jsonb, amount numeric, blob bytea, tags text[], note varchar(20), addr inet);
ALTER TABLE d ALTER COLUMN tags SET STORAGE EXTERNAL;
ALTER TABLE d ALTER COLUMN addr SET STATISTICS 300;
ALTER TABLE d ALTER COLUMN note SET COMPRESSION lz4;
