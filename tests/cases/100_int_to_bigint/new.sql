-- integer column widened to bigint (backward is a narrowing change)
CREATE TABLE t (id integer PRIMARY KEY, counter bigint NOT NULL DEFAULT 0);
