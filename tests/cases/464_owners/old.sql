CREATE SCHEMA app AUTHORIZATION sd_owner;
CREATE TABLE app.items (id serial PRIMARY KEY, name text);
ALTER TABLE app.items OWNER TO sd_owner;
CREATE TYPE app.color AS ENUM ('red');
ALTER TYPE app.color OWNER TO sd_owner;
CREATE SEQUENCE app.free;
ALTER SEQUENCE app.free OWNER TO sd_owner;
