INSERT INTO tags VALUES (1, NULL), (2, 'x'), (3, 'y');
