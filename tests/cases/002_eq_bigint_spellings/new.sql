-- int8/bigint and bigserial/serial8 are the same
CREATE TABLE t (id bigint PRIMARY KEY, n int8, s serial8);
