CREATE TABLE booking (id integer PRIMARY KEY);
