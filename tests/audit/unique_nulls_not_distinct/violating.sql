-- With NULLS NOT DISTINCT two NULLs are duplicates.
INSERT INTO tags VALUES (1, NULL), (2, NULL), (3, 'x');
