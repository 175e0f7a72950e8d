-- a plain column becomes a generated stored column (forward replaces stored data; backward keeps values via DROP EXPRESSION)
CREATE TABLE t (first_name text, last_name text, full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED);
