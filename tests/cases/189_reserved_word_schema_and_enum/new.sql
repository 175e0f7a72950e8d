-- reserved words as schema, type and enum-typed column names ("select"."type", column "default")
CREATE SCHEMA "select";
CREATE TYPE "select"."type" AS ENUM ('a', 'b');
CREATE TABLE "select"."from" ("default" "select"."type" DEFAULT 'b' NOT NULL, "check" integer CHECK ("check" > 0) PRIMARY KEY);
