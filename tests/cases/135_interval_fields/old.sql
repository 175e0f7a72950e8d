CREATE TABLE durations (
  id int PRIMARY KEY,
  a interval,
  b interval day to second,
  c interval(3)
);
