-- expression indexes (lower(), coalesce, arithmetic) are added
CREATE TABLE t (id integer PRIMARY KEY, email text, first_name text, last_name text, a integer, b integer);
CREATE UNIQUE INDEX t_lower_email_idx ON t (lower(email));
CREATE INDEX t_full_name_idx ON t ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')));
CREATE INDEX t_sum_idx ON t ((a + b), id);
