-- referenced keys change (drop + add) while the foreign keys on them stay: the foreign keys are dropped
-- before and added again after; a unique constraint, a primary key, a unique index and a self-reference
CREATE TABLE parent (
  id int NOT NULL,
  code text NOT NULL,
  label text,
  CONSTRAINT parent_pkey PRIMARY KEY (id),
  CONSTRAINT parent_code_key UNIQUE (code)
);
CREATE TABLE child (
  id int PRIMARY KEY,
  parent_id int REFERENCES parent (id),
  parent_code text REFERENCES parent (code) ON DELETE CASCADE
);
CREATE TABLE region (name text NOT NULL);
CREATE UNIQUE INDEX region_name_idx ON region (name);
CREATE TABLE office (id int PRIMARY KEY, region text REFERENCES region (name));
CREATE TABLE node (
  id int NOT NULL,
  parent int,
  CONSTRAINT node_pkey PRIMARY KEY (id),
  CONSTRAINT node_parent_fkey FOREIGN KEY (parent) REFERENCES node (id)
);
