CREATE TABLE t (id int PRIMARY KEY, tenant_id int, status varchar(10));
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (tenant_id = current_setting('app.tenant')::int);
CREATE POLICY q ON t FOR SELECT USING (status IN ('a', 'b'));
CREATE POLICY r ON t AS RESTRICTIVE FOR INSERT TO public WITH CHECK (tenant_id IS NOT NULL);
COMMENT ON POLICY p ON t IS 'tenant isolation';
