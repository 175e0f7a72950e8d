CREATE FUNCTION norm(v text) RETURNS character varying LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(v)) $$;
CREATE FUNCTION is_positive(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE items (
  id int PRIMARY KEY,
  name text NOT NULL,
  qty int NOT NULL CHECK (is_positive(qty))
);
CREATE INDEX items_norm_name ON items (norm(name));
CREATE FUNCTION items_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_guard BEFORE UPDATE ON items FOR EACH ROW WHEN (is_positive(NEW.qty)) EXECUTE FUNCTION items_guard();
