-- composite FK with MATCH FULL and a DEFERRABLE INITIALLY DEFERRED FK are added
CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (id integer PRIMARY KEY, pa integer, pb integer);
ALTER TABLE child ADD CONSTRAINT child_parent_full_fkey FOREIGN KEY (pa, pb) REFERENCES parent (a, b) MATCH FULL;
ALTER TABLE child ADD CONSTRAINT child_parent_deferred_fkey FOREIGN KEY (pa, pb) REFERENCES parent (a, b) DEFERRABLE INITIALLY DEFERRED;
