CREATE TABLE "user" (id integer PRIMARY KEY, "select" text, "group" integer);
CREATE TABLE "order" (id integer PRIMARY KEY, "user" integer, "table" text);
