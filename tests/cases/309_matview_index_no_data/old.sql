CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region WITH NO DATA;
CREATE UNIQUE INDEX region_totals_region ON region_totals (region);
COMMENT ON MATERIALIZED VIEW region_totals IS 'per region';
CREATE MATERIALIZED VIEW kept AS SELECT id FROM sales;
