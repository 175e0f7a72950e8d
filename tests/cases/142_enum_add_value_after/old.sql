CREATE TYPE priority AS ENUM ('low', 'high', 'urgent');
CREATE TABLE task (id integer PRIMARY KEY, p priority);
