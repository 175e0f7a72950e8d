CREATE TABLE booking (id integer PRIMARY KEY, room_id integer NOT NULL, during tstzrange NOT NULL);
