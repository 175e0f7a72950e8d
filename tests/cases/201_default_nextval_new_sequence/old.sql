CREATE TABLE invoice (id integer PRIMARY KEY, number bigint);
