INSERT INTO readings VALUES (1, '12'), (2, NULL), (3, ' 7');
