-- an enum value is inserted after an existing one (between 'high' and 'urgent')
CREATE TYPE priority AS ENUM ('low', 'high', 'critical', 'urgent');
CREATE TABLE task (id integer PRIMARY KEY, p priority);
