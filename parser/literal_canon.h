// Canonical text of typed literals, as PostgreSQL prints them back.
#pragma once

#include <string>

namespace sd::parser {

/// PostgreSQL's output form of an interval literal in the default
/// IntervalStyle: '1 hour' → '01:00:00', '2 weeks' → '14 days',
/// '1 year 2 months' → '1 year 2 mons'. Returns the input unchanged when it
/// is not a simple "<number> <unit> ..." list.
std::string CanonicalIntervalLiteral(const std::string& text);

}  // namespace sd::parser
