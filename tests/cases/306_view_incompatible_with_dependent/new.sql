CREATE TABLE t (id integer, name text, score integer);
CREATE VIEW base AS SELECT id, score::bigint AS score, name FROM t;
CREATE VIEW top AS SELECT id, name FROM base WHERE score > 10;
