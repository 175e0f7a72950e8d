CREATE TABLE café (id integer PRIMARY KEY, 名前 text);
