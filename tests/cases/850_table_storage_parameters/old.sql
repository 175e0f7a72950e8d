-- table storage parameters (WITH ...): added, changed, removed, on partitions
CREATE TABLE t (id int PRIMARY KEY, body text) WITH (fillfactor=70, autovacuum_enabled=off);
CREATE TABLE u (id int, note text);
CREATE TABLE gone (id int) WITH (fillfactor=40);
CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE p2020 PARTITION OF p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01') WITH (fillfactor=90);
