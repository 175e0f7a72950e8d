-- column collations changed (default -> "C", "C" -> "POSIX") with an index on the column
CREATE TABLE t (id integer PRIMARY KEY, code text COLLATE "C", name text COLLATE "POSIX");
CREATE INDEX t_code_idx ON t (code);
