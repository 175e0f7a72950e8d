-- the type and one of its values are both renamed; a value is added
CREATE TYPE feeling AS ENUM ( -- schemadiff:renamed-from mood
  'sad',
  'good', -- schemadiff:renamed-from 'ok'
  'great'
);
CREATE TABLE t (id integer PRIMARY KEY, m feeling);
