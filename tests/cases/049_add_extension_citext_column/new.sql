-- extension citext is added together with a new citext column
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE t (id integer PRIMARY KEY, email citext UNIQUE);
