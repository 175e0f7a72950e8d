CREATE TABLE docs (id int PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION set_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := clock_timestamp();
  RETURN NEW;
END $$;
CREATE TRIGGER docs_updated BEFORE UPDATE ON docs FOR EACH ROW EXECUTE FUNCTION set_updated();
CREATE TABLE notes (id int PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER notes_updated BEFORE INSERT OR UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION set_updated();
