CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE t (id integer PRIMARY KEY, qty integer, parent_id integer);
ALTER TABLE t ADD CONSTRAINT t_qty_check CHECK (qty > 0) NOT VALID;
ALTER TABLE t ADD CONSTRAINT t_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
