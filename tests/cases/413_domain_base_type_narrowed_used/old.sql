CREATE DOMAIN name_t AS text;
CREATE TABLE person (id integer PRIMARY KEY, n name_t);
