-- NULLs never collide in a plain UNIQUE constraint.
INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x'), (3, NULL), (4, NULL);
