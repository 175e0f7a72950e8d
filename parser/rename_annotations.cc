#include "parser/rename_annotations.h"

#include "parser/annotations.h"

namespace sd::parser {
namespace {

// The name at the start of the text after an annotation marker, or "".
std::string AnnotatedName(const std::string& rest) {
  size_t start = 0;
  while (start < rest.size() && (rest[start] == ' ' || rest[start] == '\t' || rest[start] == '=')) ++start;
  size_t end = start;
  bool quoted = false;
  while (end < rest.size()) {
    char c = rest[end];
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c == '*' && rest.compare(end, 2, "*/") == 0)))
      break;
    ++end;
  }
  return rest.substr(start, end - start);
}

}  // namespace

std::map<int, std::string> FindRenameAnnotations(std::string_view text) {
  std::map<int, std::string> out;
  for (const auto& [line, rest] : FindCommentAnnotations(text, {"schemadiff:renamed-from", "@renamed from="})) {
    std::string name = AnnotatedName(rest);
    if (!name.empty()) out[line] = name;
  }
  return out;
}

}  // namespace sd::parser
