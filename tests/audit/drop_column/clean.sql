-- Only NULLs in the dropped column: nothing is lost.
INSERT INTO notes VALUES (1, 'x', NULL);
