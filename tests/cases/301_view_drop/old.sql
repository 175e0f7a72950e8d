CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW v_users AS SELECT id, name FROM users;
CREATE VIEW v_user_ids AS SELECT id FROM v_users WHERE id > 10;
