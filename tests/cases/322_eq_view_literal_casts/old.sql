CREATE TABLE t (id integer, code varchar(10), price numeric, at timestamp);
CREATE VIEW v AS SELECT id, 'x' AS tag, 42 AS answer, -1 AS neg, code FROM t
  WHERE code = 'abc' AND price > 1.5 AND id BETWEEN 1 AND 10 AND code LIKE 'a%';
CREATE VIEW w AS SELECT CASE WHEN id > 1 THEN 'big' END AS size, coalesce(code, 'none') AS c, now() - interval '1 day' AS yesterday FROM t;
