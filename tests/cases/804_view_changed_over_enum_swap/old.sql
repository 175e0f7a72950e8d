-- an enum loses a value (type swap) while views over its column change too: the changed views are dropped
-- before the swap and created after it (one replaceable in place, one not, one with only a new comment),
-- and an unchanged view over a changed one follows
CREATE TYPE status AS ENUM ('new', 'open', 'closed', 'stale');
CREATE TABLE ticket (id int PRIMARY KEY, state status NOT NULL DEFAULT 'new', title text);
CREATE VIEW open_tickets AS SELECT id, state FROM ticket WHERE state = 'open';
CREATE VIEW ticket_states AS SELECT state, count(*) AS n FROM ticket GROUP BY state;
CREATE VIEW ticket_titles AS SELECT id, title, state FROM ticket;
CREATE VIEW busy_states AS SELECT state FROM ticket_states WHERE n > 10;
CREATE VIEW plain_states AS SELECT DISTINCT state FROM ticket;
