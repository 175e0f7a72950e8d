INSERT INTO clients VALUES (1, 'ann'), (2, NULL);
