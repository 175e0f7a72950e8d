INSERT INTO items VALUES (NULL, 'nameless'), ('a', 'apple');
