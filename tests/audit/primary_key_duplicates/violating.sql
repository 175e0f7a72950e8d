INSERT INTO items VALUES (1, 1), (1, 1), (1, 2);
