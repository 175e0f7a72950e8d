-- owners changed on a schema, a table (with its serial sequence), a type and a sequence; a new table with an owner
CREATE SCHEMA app AUTHORIZATION sd_admin;
CREATE TABLE app.items (id serial PRIMARY KEY, name text);
ALTER TABLE app.items OWNER TO sd_admin;
CREATE TYPE app.color AS ENUM ('red');
ALTER TYPE app.color OWNER TO sd_admin;
CREATE SEQUENCE app.free;
ALTER SEQUENCE app.free OWNER TO sd_owner;
CREATE TABLE app.extra (id bigserial, note text);
ALTER TABLE app.extra OWNER TO sd_admin;
