-- ADD CONSTRAINT ... NOT VALID followed by VALIDATE CONSTRAINT equals a plain valid constraint
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE t (a integer CHECK (a > 0), p_id integer REFERENCES p (id));
