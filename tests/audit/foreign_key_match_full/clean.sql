INSERT INTO regions VALUES ('de', 'by');
INSERT INTO shops VALUES (1, 'de', 'by'), (2, NULL, NULL);
