-- MATCH SIMPLE: a NULL key references nothing and is not checked.
INSERT INTO authors VALUES (1);
INSERT INTO books VALUES (1, 1), (2, NULL);
