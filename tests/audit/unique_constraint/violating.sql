INSERT INTO users VALUES (1, 'a@x'), (2, 'a@x'), (3, 'b@x');
