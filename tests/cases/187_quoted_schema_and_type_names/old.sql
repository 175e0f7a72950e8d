CREATE SCHEMA "My Schema";
CREATE TYPE "My Schema"."Status" AS ENUM ('A', 'b');
CREATE TABLE "My Schema"."T" ("Id" integer PRIMARY KEY, "S" "My Schema"."Status" DEFAULT 'A');
