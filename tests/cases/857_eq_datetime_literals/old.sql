-- date, timestamp and time literals written short in a view, a CHECK and a default
CREATE TABLE ev (
    id int,
    at timestamp DEFAULT '2020-01-01'::timestamp CHECK (at > '2000-01-01T00:00'::timestamp),
    day date DEFAULT '2020-01-01',
    t time
);
CREATE VIEW recent AS
    SELECT id, '2021-05-06'::date AS since FROM ev
    WHERE at >= '2020-01-01'::timestamp AND day < '2021-02-03'::date AND t > '10:30'::time
      AND at < '2020-06-01T12:00:00.500'::timestamp;
