-- ALTER TYPE resets storage and compression: explicit ones are set again
CREATE TABLE t (note text, body varchar(100), code text, n bigint);
ALTER TABLE t ALTER note SET STORAGE EXTERNAL, ALTER note SET COMPRESSION lz4;
ALTER TABLE t ALTER code SET STORAGE EXTERNAL;
ALTER TABLE t ALTER n SET STATISTICS 50;
