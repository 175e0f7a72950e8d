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
