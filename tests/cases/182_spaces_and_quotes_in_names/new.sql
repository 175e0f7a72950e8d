-- names containing spaces and embedded double quotes ("a b", "x""y") including a default constraint name built from them
CREATE TABLE "a b" ("x""y" integer NOT NULL UNIQUE, "c d" text DEFAULT 'it''s' CHECK ("c d" <> ''), "e""f g" integer);
CREATE INDEX "idx ""quoted"" name" ON "a b" ("c d");
COMMENT ON COLUMN "a b"."x""y" IS 'quote in name';
