-- mixed-case quoted names ("MyTable"."MyCol") for tables, columns, indexes and constraints
CREATE TABLE "MyTable" ("Id" integer PRIMARY KEY, "MyCol" text NOT NULL DEFAULT 'X', "camelCase" bigint, CONSTRAINT "MyCheck" CHECK ("camelCase" <> 0));
CREATE INDEX "MyTable_MyCol_Idx" ON "MyTable" ("MyCol");
CREATE TABLE "Other" ("Id" integer PRIMARY KEY, "MyTableId" integer REFERENCES "MyTable" ("Id"));
COMMENT ON TABLE "MyTable" IS 'mixed case';
