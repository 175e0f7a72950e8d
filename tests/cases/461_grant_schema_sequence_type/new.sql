-- grants on a schema, a sequence and a type; PUBLIC's default USAGE on the type revoked
CREATE SCHEMA app AUTHORIZATION sd_owner;
GRANT USAGE ON SCHEMA app TO sd_reader;
GRANT CREATE ON SCHEMA app TO sd_reader WITH GRANT OPTION;
CREATE SEQUENCE app.counter;
ALTER SEQUENCE app.counter OWNER TO sd_owner;
GRANT USAGE, SELECT ON SEQUENCE app.counter TO sd_reader;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
ALTER TYPE app.mood OWNER TO sd_owner;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO sd_reader;
