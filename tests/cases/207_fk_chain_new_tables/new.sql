-- three new tables forming an FK chain c -> b -> a declared in reverse order using ALTER TABLE
CREATE TABLE base (id integer PRIMARY KEY);
CREATE TABLE c (id integer PRIMARY KEY, b_id integer);
CREATE TABLE b (id integer PRIMARY KEY, a_id integer);
CREATE TABLE a (id integer PRIMARY KEY, base_id integer REFERENCES base (id));
ALTER TABLE c ADD CONSTRAINT c_b_id_fkey FOREIGN KEY (b_id) REFERENCES b (id);
ALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id);
