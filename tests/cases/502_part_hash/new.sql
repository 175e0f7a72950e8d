CREATE TABLE t0 (id int);
CREATE TABLE sessions (id bigint NOT NULL, token text) PARTITION BY HASH (id);
CREATE TABLE sessions_0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_1 PARTITION OF sessions FOR VALUES WITH (modulus 2, remainder 1);
