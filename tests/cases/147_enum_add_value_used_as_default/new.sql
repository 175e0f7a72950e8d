-- an enum value is added and immediately used as the column default (new value must be committed before use)
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'happy');
