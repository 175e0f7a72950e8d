INSERT INTO products VALUES (1, 10), (2, -1), (3, 0);
