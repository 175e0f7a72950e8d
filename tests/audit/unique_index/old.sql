CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL);
