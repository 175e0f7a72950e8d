-- quoted lower-case identifiers equal unquoted ones; unquoted upper case folds to lower case
CREATE TABLE "users" ("id" integer PRIMARY KEY, "email" text NOT NULL);
CREATE INDEX "users_email_idx" ON "public"."users" ("email");
CREATE TABLE "orders" ("id" integer, "user_id" integer CONSTRAINT "orders_user_id_fkey" REFERENCES "users" ("id"));
