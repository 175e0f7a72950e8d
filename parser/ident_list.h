// Identifier lists inside string values (regclass text, search_path).
#pragma once

#include <string>
#include <vector>

namespace sd::parser {

/// Splits "a, \"B c\"" (separator ',') or "s.\"T\"" (separator '.') the way
/// PostgreSQL reads identifiers: unquoted parts folded to lower case and
/// trimmed, quoted parts kept as written with "" meaning one quote.
/// Empty parts are dropped.
std::vector<std::string> SplitIdentifierList(const std::string& text, char separator);

}  // namespace sd::parser
