-- NULL passes a CHECK.
INSERT INTO products VALUES (1, 10), (2, NULL);
