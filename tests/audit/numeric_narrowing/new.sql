CREATE TABLE prices (id int PRIMARY KEY, amount numeric(6,2));
