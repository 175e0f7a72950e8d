#include "parser/literal_canon.h"

#include <doctest/doctest.h>

using sd::parser::CanonicalIntervalLiteral;

TEST_CASE("interval literals compare in PostgreSQL's output form") {
  CHECK(CanonicalIntervalLiteral("1 hour") == "01:00:00");
  CHECK(CanonicalIntervalLiteral("90 minutes") == "01:30:00");
  CHECK(CanonicalIntervalLiteral("2 weeks") == "14 days");
  CHECK(CanonicalIntervalLiteral("1 day") == "1 day");
  CHECK(CanonicalIntervalLiteral("1 year 2 months") == "1 year 2 mons");
  CHECK(CanonicalIntervalLiteral("01:00:00") == "01:00:00");  // not a unit list: unchanged
}

TEST_CASE("date, timestamp and time literals compare in PostgreSQL's ISO output form") {
  using sd::parser::CanonicalDateTimeLiteral;
  CHECK(CanonicalDateTimeLiteral("timestamp", "2020-01-01") == "2020-01-01 00:00:00");
  CHECK(CanonicalDateTimeLiteral("timestamp", "2020-06-01T12:00:00.500") == "2020-06-01 12:00:00.5");
  CHECK(CanonicalDateTimeLiteral("timestamp", "2020-06-01 12:00") == "2020-06-01 12:00:00");
  CHECK(CanonicalDateTimeLiteral("date", "2020-02-29") == "2020-02-29");
  CHECK(CanonicalDateTimeLiteral("time", "10:30") == "10:30:00");
  CHECK(CanonicalDateTimeLiteral("time", "10:30:00.000") == "10:30:00");
  // Not exact offline: left as written.
  CHECK(CanonicalDateTimeLiteral("date", "2021-02-29") == "2021-02-29");
  CHECK(CanonicalDateTimeLiteral("timestamp", "now") == "now");
  CHECK(CanonicalDateTimeLiteral("timestamp", "01/02/2020") == "01/02/2020");
  CHECK(CanonicalDateTimeLiteral("timestamp", "2020-01-01 00:00:00.1234567") == "2020-01-01 00:00:00.1234567");
  CHECK(CanonicalDateTimeLiteral("timestamptz", "2020-01-01") == "2020-01-01");
}
