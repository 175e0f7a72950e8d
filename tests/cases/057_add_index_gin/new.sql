-- gin indexes on jsonb (default and jsonb_path_ops) and on an array are added
CREATE TABLE t (id integer PRIMARY KEY, doc jsonb, tags text[]);
CREATE INDEX t_doc_idx ON t USING gin (doc);
CREATE INDEX t_doc_path_idx ON t USING gin (doc jsonb_path_ops);
CREATE INDEX t_tags_idx ON t USING gin (tags);
