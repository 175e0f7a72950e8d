CREATE TABLE t (a varchar(50), b varchar, c char(3), d character(1));
