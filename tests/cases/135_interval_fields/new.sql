-- interval field restrictions and precision, added and changed (rendered as PostgreSQL writes them)
CREATE TABLE durations (
  id int PRIMARY KEY,
  a interval hour to minute,
  b interval day to second(2),
  c interval(6),
  d interval year to month DEFAULT interval '1 year 2 months'
);
