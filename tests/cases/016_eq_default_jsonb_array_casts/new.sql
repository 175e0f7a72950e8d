-- DEFAULT '{}' vs DEFAULT '{}'::jsonb on jsonb, and '{}' vs '{}'::text[] on text[]
CREATE TABLE t (id integer, data jsonb DEFAULT '{}'::jsonb NOT NULL, tags text[] DEFAULT '{}'::text[]);
