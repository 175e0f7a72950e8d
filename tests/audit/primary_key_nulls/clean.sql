INSERT INTO items VALUES ('b', 'banana'), ('a', 'apple');
