// `-- schemadiff:renamed-from old` (and psqldef's `-- @renamed from=old`)
// comments, found with PostgreSQL's scanner and keyed by line.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace sd::parser {

/// Line (1-based) → the old name written in a rename annotation on that line.
/// The name is kept as written (possibly "schema.name", possibly quoted).
std::map<int, std::string> FindRenameAnnotations(std::string_view text);

}  // namespace sd::parser
