INSERT INTO notes VALUES (1, 'x', 'keep me'), (2, 'y', NULL);
