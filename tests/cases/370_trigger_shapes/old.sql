CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0, owner text);
CREATE TABLE audit (at timestamptz DEFAULT now(), what text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION log_stmt() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit(what) VALUES (TG_OP); RETURN NULL; END $$;
