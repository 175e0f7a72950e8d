-- FOREIGN KEY inline/table-level vs ALTER TABLE ADD CONSTRAINT with default names child_*_fkey
CREATE TABLE parent (id integer CONSTRAINT parent_pkey PRIMARY KEY);
CREATE TABLE child (id integer, parent_id integer, other_id integer);
ALTER TABLE child ADD CONSTRAINT child_pkey PRIMARY KEY (id);
ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id);
ALTER TABLE child ADD CONSTRAINT child_other_id_fkey FOREIGN KEY (other_id) REFERENCES parent (id) ON DELETE CASCADE;
