-- a text column is moved to a new enum type (forward cast can fail, backward is safe)
CREATE TYPE ticket_status AS ENUM ('open', 'closed');
CREATE TABLE t (id integer PRIMARY KEY, status ticket_status NOT NULL DEFAULT 'open');
