-- CHECK (a BETWEEN 1 AND 5) vs CHECK (((a >= 1) AND (a <= 5)))
CREATE TABLE t (a integer, CONSTRAINT t_a_check CHECK (((a >= 1) AND (a <= 5))));
