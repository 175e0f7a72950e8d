CREATE TABLE orders (id integer PRIMARY KEY, country_code char(2));
