CREATE TABLE gone (id integer, v text);
CREATE TABLE stays (id integer);
CREATE VIEW over_gone AS SELECT g.id, s.id AS sid FROM gone g JOIN stays s ON s.id = g.id;
