CREATE TABLE codes (id int PRIMARY KEY, code varchar(20));
