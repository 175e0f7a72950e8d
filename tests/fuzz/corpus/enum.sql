-- an enum value is inserted before an existing one ('medium' before 'high')
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE task (id integer PRIMARY KEY, p priority NOT NULL);
