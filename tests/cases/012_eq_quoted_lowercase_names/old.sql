CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
CREATE INDEX users_email_idx ON users (email);
CREATE TABLE Orders (ID integer, User_Id integer REFERENCES USERS (ID));
