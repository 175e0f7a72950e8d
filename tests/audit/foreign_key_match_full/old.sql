CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE shops (id int PRIMARY KEY, country text, code text);
