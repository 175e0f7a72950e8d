CREATE TYPE status AS ENUM ('new', 'open', 'closed');
CREATE TABLE ticket (id int PRIMARY KEY, state status NOT NULL DEFAULT 'new', title text);
CREATE VIEW open_tickets AS SELECT id, state, title FROM ticket WHERE state = 'open';
CREATE VIEW ticket_states AS SELECT state, count(*) AS total FROM ticket GROUP BY state;
CREATE VIEW ticket_titles AS SELECT id, title, state FROM ticket;
COMMENT ON VIEW ticket_titles IS 'titles';
CREATE VIEW busy_states AS SELECT state FROM ticket_states WHERE total > 10;
CREATE VIEW plain_states AS SELECT DISTINCT state FROM ticket;
