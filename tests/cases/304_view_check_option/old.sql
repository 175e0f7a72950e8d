CREATE TABLE t (id integer, qty integer);
CREATE VIEW positive AS SELECT id, qty FROM t WHERE qty > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW plain AS SELECT id, qty FROM t WHERE qty < 100;
