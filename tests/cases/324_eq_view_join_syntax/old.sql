CREATE TABLE a (id integer, name text);
CREATE TABLE b (id integer, a_id integer, qty integer);
CREATE VIEW j1 AS SELECT a.name, b.qty FROM a INNER JOIN b ON a.id = b.a_id;
CREATE VIEW j2 AS SELECT name, qty FROM a LEFT OUTER JOIN b ON a.id = b.a_id;
CREATE VIEW j3 AS SELECT x.name, y.qty FROM a x, b y WHERE x.id = y.a_id;
CREATE VIEW j4 AS SELECT a.name, count(b.id) AS n FROM a LEFT JOIN b ON b.a_id = a.id GROUP BY a.name HAVING count(b.id) > 0;
