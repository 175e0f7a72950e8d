CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE shops (id int PRIMARY KEY, country text, code text,
  CONSTRAINT shops_region_fkey FOREIGN KEY (country, code) REFERENCES regions MATCH FULL);
