-- schema and enum type with mixed case and spaces ("My Schema"."Status") gaining a value
CREATE SCHEMA "My Schema";
CREATE TYPE "My Schema"."Status" AS ENUM ('A', 'b', 'C');
CREATE TABLE "My Schema"."T" ("Id" integer PRIMARY KEY, "S" "My Schema"."Status" DEFAULT 'C');
COMMENT ON SCHEMA "My Schema" IS 'quoted schema';
