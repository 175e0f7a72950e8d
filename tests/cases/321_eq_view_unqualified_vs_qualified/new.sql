CREATE SCHEMA app;
CREATE TABLE app.people (id integer, email text, age integer);
CREATE VIEW app.adults AS SELECT people.id, people.email FROM app.people WHERE (people.age >= 18) ORDER BY people.email;
CREATE VIEW app.emails AS SELECT p.email FROM app.people p WHERE (p.id IN (SELECT people.id FROM app.people WHERE (people.age > 1)));
CREATE VIEW app.ages AS SELECT people.age FROM app.people people;
CREATE VIEW app.names AS SELECT app.people.email FROM app.people;
CREATE VIEW app.nested AS SELECT people.id FROM app.people WHERE (EXISTS ( SELECT 1 FROM app.people inner_p WHERE (inner_p.age > people.age)));
