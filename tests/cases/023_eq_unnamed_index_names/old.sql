CREATE TABLE t (a integer, b text);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a, b);
CREATE INDEX ON t (lower(b));
CREATE UNIQUE INDEX ON t (b);
CREATE INDEX ON t (a DESC);
