-- renames by annotation of a schema, an enum type and a sequence; the nextval default follows the sequence
CREATE SCHEMA core; -- schemadiff:renamed-from legacy
CREATE TYPE core.status AS ENUM ('on', 'off'); -- schemadiff:renamed-from state
CREATE SEQUENCE core.ticket_seq; -- schemadiff:renamed-from ticket_no
CREATE TABLE core.tickets (
  id int PRIMARY KEY DEFAULT nextval('core.ticket_seq'),
  st core.status NOT NULL DEFAULT 'on'
);
