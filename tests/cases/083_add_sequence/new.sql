-- a standalone sequence with options is created
CREATE TABLE t (id integer);
CREATE SEQUENCE invoice_no_seq AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 1000 MAXVALUE 999999 CACHE 10 CYCLE;
