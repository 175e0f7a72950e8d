CREATE SCHEMA app AUTHORIZATION sd_owner;
CREATE SEQUENCE app.counter;
ALTER SEQUENCE app.counter OWNER TO sd_owner;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
ALTER TYPE app.mood OWNER TO sd_owner;
