-- unquoted MyTable (= mytable) and quoted "MyTable" are different tables: one is dropped, the other created
CREATE TABLE "MyTable" (id integer);
