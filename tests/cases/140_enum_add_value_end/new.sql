-- an enum value is appended at the end (backward removes it)
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current_mood mood);
