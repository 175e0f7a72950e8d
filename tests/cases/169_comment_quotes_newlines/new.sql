-- comments containing single quotes, double quotes, backslashes, newlines and dollar quoting
CREATE TABLE t (a integer, b integer, c integer);
COMMENT ON TABLE t IS 'It''s a "table"
with a second line';
COMMENT ON COLUMN t.a IS E'tab\there\nnewline and a backslash \\ and a quote \'';
COMMENT ON COLUMN t.b IS $$dollar 'quoted' text with $ sign$$;
COMMENT ON COLUMN t.c IS 'ünïcödé — 名前';
