INSERT INTO authors VALUES (1);
INSERT INTO books VALUES (1, 1), (2, 7), (3, 8);
