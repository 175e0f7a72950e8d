-- reserved words as table/column/index/constraint names ("user", "order", "select", "group", "table")
CREATE TABLE "user" (id integer PRIMARY KEY, "select" text NOT NULL DEFAULT 'all', "group" integer CHECK ("group" > 0));
CREATE TABLE "order" (id integer PRIMARY KEY, "user" integer REFERENCES "user" (id), "table" text UNIQUE);
CREATE INDEX "where" ON "order" ("user", "table");
COMMENT ON COLUMN "user"."select" IS 'reserved word column';
