-- bool/boolean and boolean literal spellings in defaults
CREATE TABLE t (a boolean, b bool DEFAULT TRUE, c boolean NOT NULL DEFAULT false);
