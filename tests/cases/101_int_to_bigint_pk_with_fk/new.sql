-- a referenced primary key and the referencing FK column are both widened integer -> bigint
CREATE TABLE parent (id bigint PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id bigint REFERENCES parent (id));
CREATE INDEX child_parent_id_idx ON child (parent_id);
