CREATE SCHEMA legacy;
CREATE TYPE legacy.state AS ENUM ('on', 'off');
CREATE SEQUENCE legacy.ticket_no;
CREATE TABLE legacy.tickets (
  id int PRIMARY KEY DEFAULT nextval('legacy.ticket_no'),
  st legacy.state NOT NULL DEFAULT 'on'
);
