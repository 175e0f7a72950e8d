-- row level security enabled and forced on one table, disabled on another, and a new table with it
CREATE TABLE docs (id integer PRIMARY KEY, tenant_id integer NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE TABLE notes (id integer PRIMARY KEY);
CREATE TABLE audit (id integer);
ALTER TABLE audit ENABLE ROW LEVEL SECURITY;
