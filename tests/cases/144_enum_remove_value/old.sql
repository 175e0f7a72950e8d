CREATE TYPE status AS ENUM ('draft', 'published', 'archived');
CREATE TABLE post (id integer PRIMARY KEY, s status NOT NULL DEFAULT 'draft');
