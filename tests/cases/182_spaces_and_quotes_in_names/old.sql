CREATE TABLE "a b" ("x""y" integer, "c d" text);
