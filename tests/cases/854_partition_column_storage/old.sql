-- partitions copy storage and compression from their parent, not the statistics target
CREATE TABLE m (id int, at date, payload text) PARTITION BY RANGE (at);
CREATE TABLE m2020 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
