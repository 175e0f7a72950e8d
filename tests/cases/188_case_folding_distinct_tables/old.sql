CREATE TABLE MyTable (id integer);
