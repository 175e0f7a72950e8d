CREATE TABLE docs (id integer PRIMARY KEY, tenant_id integer NOT NULL, owner_name text, published boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
