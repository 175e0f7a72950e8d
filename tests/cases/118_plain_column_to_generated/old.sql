CREATE TABLE t (first_name text, last_name text, full_name text);
