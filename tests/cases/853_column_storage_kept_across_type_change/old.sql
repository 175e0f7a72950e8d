-- ALTER TYPE resets storage and compression: explicit ones are set again
CREATE TABLE t (note varchar(20), body text, code varchar(5), n int);
ALTER TABLE t ALTER note SET STORAGE EXTERNAL, ALTER note SET COMPRESSION lz4;
ALTER TABLE t ALTER body SET STORAGE MAIN;
ALTER TABLE t ALTER n SET STATISTICS 50;
