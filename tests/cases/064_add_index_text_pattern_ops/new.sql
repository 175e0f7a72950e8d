-- indexes with operator classes text_pattern_ops and varchar_pattern_ops are added
CREATE TABLE t (id integer PRIMARY KEY, path text, code varchar(20));
CREATE INDEX t_path_prefix_idx ON t (path text_pattern_ops);
CREATE INDEX t_code_prefix_idx ON t (code varchar_pattern_ops);
