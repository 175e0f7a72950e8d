CREATE TABLE a_first (id int);
