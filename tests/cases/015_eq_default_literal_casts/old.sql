CREATE TABLE t (a text DEFAULT 'x', b varchar(10) DEFAULT 'y', c integer DEFAULT 0, d numeric DEFAULT 1.5, e date DEFAULT '2020-01-01');
