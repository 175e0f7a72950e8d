#include "parser/batch_split.h"

namespace sd::parser {
namespace {

bool IdentStart(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool IdentChar(unsigned char c) { return IdentStart(c) || (c >= '0' && c <= '9') || c == '$'; }

// Scans one SQL text, moving `pos` over whole tokens that may hide a `;`.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  /// Scanning from `pos` (a statement boundary), the offset just after the
  /// first top-level `;` that ends at or past `min`, or npos.
  size_t NextStatementEnd(size_t pos, size_t min) {
    while (pos < text_.size()) {
      unsigned char c = text_[pos];
      if (c == ';' && pos + 1 >= min) return pos + 1;
      if (c == ';') {
        ++pos;
      } else if (c == '\'') {
        pos = SkipString(pos + 1, EscapePrefix(pos));
      } else if (c == '"') {
        pos = SkipQuoted(pos + 1, '"');
      } else if (c == '-' && At(pos + 1) == '-') {
        size_t nl = text_.find('\n', pos);
        pos = nl == std::string_view::npos ? text_.size() : nl + 1;
      } else if (c == '/' && At(pos + 1) == '*') {
        pos = SkipComment(pos + 2);
      } else if (c == '$' && (pos == 0 || !IdentChar(text_[pos - 1]))) {
        pos = SkipDollar(pos);
      } else if (IdentChar(c)) {
        // A whole word at once, so that a `$` inside it (a$b$) is not a quote.
        while (pos < text_.size() && IdentChar(text_[pos])) ++pos;
      } else {
        ++pos;
      }
    }
    return std::string_view::npos;
  }

 private:
  unsigned char At(size_t pos) const { return pos < text_.size() ? text_[pos] : 0; }

  // True for E'…' (and e'…'): backslashes escape there.
  bool EscapePrefix(size_t quote) const {
    if (quote == 0 || (text_[quote - 1] != 'E' && text_[quote - 1] != 'e')) return false;
    return quote == 1 || !IdentChar(text_[quote - 2]);
  }

  size_t SkipString(size_t pos, bool backslash) {
    while (pos < text_.size()) {
      char c = text_[pos];
      if (backslash && c == '\\') {
        pos += 2;
      } else if (c == '\'') {
        if (At(pos + 1) != '\'') return pos + 1;
        pos += 2;  // '' inside a literal
      } else {
        ++pos;
      }
    }
    return text_.size();
  }

  size_t SkipQuoted(size_t pos, char quote) {
    while (pos < text_.size()) {
      if (text_[pos] == quote) {
        if (At(pos + 1) != static_cast<unsigned char>(quote)) return pos + 1;
        ++pos;
      }
      ++pos;
    }
    return text_.size();
  }

  size_t SkipComment(size_t pos) {
    int depth = 1;  // PostgreSQL's block comments nest
    while (pos < text_.size() && depth > 0) {
      if (text_[pos] == '*' && At(pos + 1) == '/') {
        --depth;
        pos += 2;
      } else if (text_[pos] == '/' && At(pos + 1) == '*') {
        ++depth;
        pos += 2;
      } else {
        ++pos;
      }
    }
    return pos;
  }

  // `$tag$ … $tag$`; a `$` that does not open a tag ($1, a lone $) is skipped.
  size_t SkipDollar(size_t pos) {
    size_t end = pos + 1;
    if (end < text_.size() && IdentStart(text_[end]))
      while (end < text_.size() && IdentChar(text_[end]) && text_[end] != '$') ++end;
    if (At(end) != '$') return pos + 1;
    std::string_view tag = text_.substr(pos, end + 1 - pos);
    size_t close = text_.find(tag, end + 1);
    return close == std::string_view::npos ? text_.size() : close + tag.size();
  }

  std::string_view text_;
};

}  // namespace

std::vector<size_t> SplitIntoBatches(std::string_view text, size_t batch_bytes) {
  std::vector<size_t> ends;
  Scanner scanner(text);
  size_t start = 0;
  while (text.size() - start > batch_bytes) {
    // From the last cut, where no literal or comment is open.
    size_t end = scanner.NextStatementEnd(start, start + batch_bytes);
    if (end == std::string_view::npos) break;
    ends.push_back(end);
    start = end;
  }
  ends.push_back(text.size());
  return ends;
}

}  // namespace sd::parser
