CREATE TABLE docs (id int, tenant_id int);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
