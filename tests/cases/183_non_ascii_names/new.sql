-- non-ASCII identifiers (café, 名前) for tables, columns, indexes and constraints
CREATE TABLE café (id integer PRIMARY KEY, 名前 text NOT NULL UNIQUE, "Prix €" numeric(10, 2) CHECK ("Prix €" >= 0));
CREATE INDEX café_名前_lower ON café (lower(名前));
COMMENT ON TABLE café IS 'table with an accented name';
