-- an enum value is removed from a type used by a column (forward must rebuild the type)
CREATE TYPE status AS ENUM ('draft', 'published');
CREATE TABLE post (id integer PRIMARY KEY, s status NOT NULL DEFAULT 'draft');
