-- every policy shape: FOR ALL/SELECT/INSERT/UPDATE/DELETE, restrictive, USING and WITH CHECK, TO PUBLIC
CREATE TABLE docs (id integer PRIMARY KEY, tenant_id integer NOT NULL, owner_name text, published boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_all ON docs USING (tenant_id = current_setting('app.tenant')::int);
CREATE POLICY read_published ON docs FOR SELECT TO PUBLIC USING (published);
CREATE POLICY insert_own ON docs FOR INSERT WITH CHECK (owner_name = current_user);
CREATE POLICY update_own ON docs FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user AND tenant_id > 0);
CREATE POLICY delete_unpublished ON docs AS PERMISSIVE FOR DELETE USING (NOT published);
CREATE POLICY only_positive ON docs AS RESTRICTIVE USING (id > 0);
