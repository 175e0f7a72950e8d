// `-- schemadiff:<marker> …` comments in a schema file, found with
// PostgreSQL's scanner (so markers inside string literals do not count) and
// keyed by the line the comment starts on.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sd::parser {

/// Line (1-based) → the text after the first of `markers` in a comment
/// starting on that line: trimmed, without a closing `*/`. A `/* … */`
/// comment may span lines; its text keeps them.
std::map<int, std::string> FindCommentAnnotations(std::string_view text, const std::vector<std::string>& markers);

}  // namespace sd::parser
