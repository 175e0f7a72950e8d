-- CREATE EXTENSION IF NOT EXISTS vs WITH SCHEMA public (default schema), quoted "uuid-ossp"
CREATE EXTENSION pgcrypto WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" SCHEMA public;
