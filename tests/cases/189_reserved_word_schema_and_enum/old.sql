CREATE SCHEMA "select";
CREATE TYPE "select"."type" AS ENUM ('a', 'b');
CREATE TABLE "select"."from" ("default" "select"."type", "check" integer);
