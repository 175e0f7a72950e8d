-- an unused domain is dropped
CREATE TABLE account (id integer PRIMARY KEY);
