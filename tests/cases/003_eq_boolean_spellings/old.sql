CREATE TABLE t (a bool, b boolean DEFAULT true, c bool NOT NULL DEFAULT 'f');
