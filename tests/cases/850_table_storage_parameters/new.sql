-- table storage parameters (WITH ...): added, changed, removed, on partitions
CREATE TABLE t (id int PRIMARY KEY, body text)
    WITH (fillfactor=80, toast.autovacuum_enabled=false, autovacuum_vacuum_scale_factor=0.05);
CREATE TABLE u (id int, note text);
ALTER TABLE u SET (parallel_workers = 4, autovacuum_enabled, toast_tuple_target = 256);
CREATE TABLE v (a int) WITH (fillfactor=50, oids=false);
CREATE UNLOGGED TABLE w (a int, b text) WITH (log_autovacuum_min_duration = '-1', user_catalog_table = true);
CREATE TABLE p (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE p2020 PARTITION OF p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE p2021 PARTITION OF p FOR VALUES FROM ('2021-01-01') TO ('2022-01-01') WITH (fillfactor=60);
