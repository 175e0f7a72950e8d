CREATE SCHEMA app;
CREATE TABLE app.people (id integer, email text, age integer);
SET search_path = app, public;
CREATE VIEW adults AS SELECT id, email FROM people WHERE age >= 18 ORDER BY email;
CREATE VIEW emails AS SELECT p.email FROM people AS p WHERE p.id IN (SELECT id FROM people WHERE age > 1);
CREATE VIEW ages AS SELECT age FROM people people;
CREATE VIEW names AS SELECT email FROM people;
CREATE VIEW nested AS SELECT id FROM people WHERE EXISTS (SELECT 1 FROM people inner_p WHERE inner_p.age > people.age);
