INSERT INTO tasks VALUES (1, 'new'), (2, 'done'), (3, NULL);
