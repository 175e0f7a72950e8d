-- an enum type and the column using it are both dropped
CREATE TABLE person (id integer PRIMARY KEY, name text);
