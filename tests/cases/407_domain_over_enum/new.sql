-- a domain over an enum and a composite type using the domain, in a new column
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN not_sad AS mood CHECK (VALUE <> 'sad');
CREATE TYPE entry AS (m not_sad, note text);
CREATE TABLE t (id integer PRIMARY KEY, e entry, m not_sad DEFAULT 'ok');
