-- an enum moves from public to a new schema, a column switches from text to it and gains a sibling defaulting to a new sequence there
CREATE SCHEMA iot;
CREATE TYPE iot.state AS ENUM ('on', 'off');
CREATE SEQUENCE iot.device_serial_seq;
CREATE TABLE device (id integer PRIMARY KEY, s iot.state, serial bigint DEFAULT nextval('iot.device_serial_seq'));
