INSERT INTO people VALUES (1, 'ann'), (2, NULL), (3, NULL);
