CREATE TABLE customers ( -- schemadiff:renamed-from clients
  id int PRIMARY KEY,
  name text NOT NULL -- schemadiff:renamed-from fullname
);
