CREATE TABLE t (id integer, grp text);
CREATE MATERIALIZED VIEW m AS SELECT grp, count(*) FROM t GROUP BY 1;
CREATE INDEX m_grp ON m (grp);
CREATE VIEW sb WITH (security_barrier) AS SELECT id FROM t;
CREATE VIEW sub AS SELECT s.grp FROM (SELECT grp FROM t) s;
CREATE VIEW cte AS WITH g AS (SELECT grp FROM t) SELECT grp FROM g;
CREATE VIEW gs AS SELECT g FROM generate_series(1, 3) g;
