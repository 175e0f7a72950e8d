-- extension btree_gist is added with a multi-column gist index over integer + range
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL);
CREATE INDEX booking_room_during_idx ON booking USING gist (room_id, during);
