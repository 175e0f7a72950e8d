-- an annotated enum value rename: RENAME VALUE, no type swap (not destructive either way)
CREATE TYPE mood AS ENUM (
  'sad',
  'fine', -- schemadiff:renamed-from ok
  'happy'
);
CREATE TABLE t (id integer PRIMARY KEY, m mood NOT NULL DEFAULT 'fine');
CREATE INDEX t_ok ON t (id) WHERE m = 'fine';
