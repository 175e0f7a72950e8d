-- comments on schemas are added and changed
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'audit trail';
