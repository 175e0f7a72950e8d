CREATE TABLE notes (id int PRIMARY KEY, body text, legacy text);
