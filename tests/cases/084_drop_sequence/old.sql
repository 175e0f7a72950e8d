CREATE TABLE t (id integer);
CREATE SEQUENCE invoice_no_seq START WITH 1000;
