CREATE TABLE t0 (id int);
CREATE TABLE orders (id int NOT NULL, region text NOT NULL, total numeric) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('de', 'fr');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE orders_other PARTITION OF orders DEFAULT;
