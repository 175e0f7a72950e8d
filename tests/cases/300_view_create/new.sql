CREATE TABLE users (id integer PRIMARY KEY, name varchar(80) NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;
CREATE VIEW user_names AS SELECT upper(name) AS shout, name || '!' AS excl, count(*) OVER () FROM users;
