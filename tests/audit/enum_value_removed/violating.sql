INSERT INTO tasks VALUES (1, 'new'), (2, 'legacy');
