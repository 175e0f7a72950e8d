CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region WITH NO DATA;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';
CREATE MATERIALIZED VIEW kept AS SELECT id FROM sales;
CREATE INDEX kept_id ON kept (id);
CREATE MATERIALIZED VIEW fresh AS SELECT region FROM sales;
