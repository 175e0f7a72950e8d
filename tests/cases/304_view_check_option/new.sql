CREATE TABLE t (id integer, qty integer);
CREATE VIEW positive AS SELECT id, qty FROM t WHERE qty > 0 WITH CASCADED CHECK OPTION;
CREATE VIEW plain WITH (check_option = local) AS SELECT id, qty FROM t WHERE qty < 100;
