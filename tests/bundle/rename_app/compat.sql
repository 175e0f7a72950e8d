-- Code written for OLD, run after up.sql + compat_views.sql with
-- search_path = compat, public: reads and writes by OLD's table and column
-- names must work unchanged (the views are simple, so they are updatable).
\set ON_ERROR_STOP 1
SELECT id, name, email FROM users ORDER BY id;
INSERT INTO users (name, email) VALUES ('ada', 'ada@example.com');
UPDATE users SET name = 'Ada' WHERE email = 'ada@example.com';
INSERT INTO posts (user_id, body) SELECT id, 'hello' FROM users WHERE name = 'Ada';
-- Fails (division by zero) unless the row written through the views is read back by the old names.
SELECT 1 / count(*) FROM posts p JOIN users u ON u.id = p.user_id WHERE u.name = 'Ada' AND p.body = 'hello';
DELETE FROM posts;
DELETE FROM users;
