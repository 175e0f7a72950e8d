-- changed USING and added WITH CHECK: ALTER POLICY, no drop
CREATE TABLE docs (id integer PRIMARY KEY, tenant_id integer NOT NULL, level integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_level ON docs USING (level > 1);
CREATE POLICY p_tenant ON docs FOR UPDATE USING (tenant_id = 1) WITH CHECK (tenant_id = 1 AND level < 10);
