-- a column default uses nextval() of a sequence created in the same migration
CREATE SEQUENCE invoice_number_seq AS bigint START WITH 10000;
CREATE TABLE invoice (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('invoice_number_seq'::regclass));
