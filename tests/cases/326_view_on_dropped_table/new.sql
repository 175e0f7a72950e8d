CREATE TABLE stays (id integer);
CREATE VIEW over_gone AS SELECT s.id, s.id AS sid FROM stays s;
