CREATE TABLE "MyTable" ("Id" integer PRIMARY KEY, "MyCol" text, "camelCase" integer);
