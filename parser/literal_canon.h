// Canonical text of typed literals, as PostgreSQL prints them back.
#pragma once

#include <string>

namespace sd::parser {

/// PostgreSQL's output form of an interval literal in the default
/// IntervalStyle: '1 hour' → '01:00:00', '2 weeks' → '14 days',
/// '1 year 2 months' → '1 year 2 mons'. Returns the input unchanged when it
/// is not a simple "<number> <unit> ..." list.
std::string CanonicalIntervalLiteral(const std::string& text);

/// PostgreSQL's output form (DateStyle ISO, as pg_dump sets it) of a literal
/// of `type` "date", "timestamp" (without time zone) or "time" (without time
/// zone): '2020-01-01'::timestamp → '2020-01-01 00:00:00', '10:00'::time →
/// '10:00:00', fractions without trailing zeros. Only ISO forms with a valid
/// calendar date are rewritten (they print back exactly, whatever the
/// server's settings); anything else (other DateStyles, 'now', 'epoch', BC,
/// more than microseconds, timestamptz, whose output depends on TimeZone) is
/// returned unchanged.
std::string CanonicalDateTimeLiteral(const std::string& type, const std::string& text);

}  // namespace sd::parser
