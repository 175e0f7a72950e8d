-- a policy calling a new function: the function is created before the policy and dropped after it
CREATE FUNCTION current_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant')::integer $$;
CREATE TABLE docs (id int, tenant_id int);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON docs USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
