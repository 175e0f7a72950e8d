CREATE TABLE shop (id integer PRIMARY KEY);
