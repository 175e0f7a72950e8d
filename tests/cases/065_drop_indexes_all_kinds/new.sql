-- btree/unique/hash/gin/gist/brin/partial/expression/include indexes are all dropped
CREATE TABLE t (id integer PRIMARY KEY, a integer, email text, doc jsonb, period daterange, at timestamptz, note text);
