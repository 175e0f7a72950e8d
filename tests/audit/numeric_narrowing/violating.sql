-- 12345.67 does not fit numeric(6,2); 1.2345 would be rounded to 1.23.
INSERT INTO prices VALUES (1, 12345.67), (2, 1.2345), (3, 1.5);
