-- MATCH FULL rejects a key that is only partly NULL.
INSERT INTO regions VALUES ('de', 'by');
INSERT INTO shops VALUES (1, 'de', 'by'), (2, 'de', NULL);
