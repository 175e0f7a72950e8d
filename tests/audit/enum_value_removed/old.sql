CREATE TYPE status AS ENUM ('new', 'legacy', 'done');
CREATE TABLE tasks (id int PRIMARY KEY, state status);
