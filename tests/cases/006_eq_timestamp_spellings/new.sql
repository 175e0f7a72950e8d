-- timestamptz/timestamp with time zone, timestamp/time spellings with precision
CREATE TABLE t (a timestamp with time zone, b timestamp(3) with time zone, c timestamp without time zone, d time without time zone, e time with time zone);
