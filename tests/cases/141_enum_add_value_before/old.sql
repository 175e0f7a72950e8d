CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE task (id integer PRIMARY KEY, p priority NOT NULL);
