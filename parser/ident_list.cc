#include "parser/ident_list.h"

#include <cctype>

namespace sd::parser {

std::vector<std::string> SplitIdentifierList(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false, any = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cur += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cur += c;
      }
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == separator) {
      if (any) out.push_back(cur);
      cur.clear();
      any = false;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      any = true;
    }
  }
  if (any) out.push_back(cur);
  return out;
}

}  // namespace sd::parser
