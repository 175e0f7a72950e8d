-- base type narrows on a domain in use: the swap is destructive (forward), lossless back
CREATE DOMAIN name_t AS varchar(40);
CREATE TABLE person (id integer PRIMARY KEY, n name_t);
