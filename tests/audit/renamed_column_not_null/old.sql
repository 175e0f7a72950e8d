CREATE TABLE clients (id int PRIMARY KEY, fullname text);
