#include "parser/naming.h"

namespace sd::parser {
namespace {

constexpr int kMaxIdentifierBytes = 63;

// pg_mbcliplen for UTF-8: the longest prefix of at most `limit` bytes that
// ends on a character boundary.
int ClipLength(const std::string& s, int limit) {
  if (static_cast<int>(s.size()) <= limit) return static_cast<int>(s.size());
  int len = limit;
  while (len > 0 && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80) --len;
  return len;
}

}  // namespace

std::string TruncateIdentifier(const std::string& name) {
  return name.substr(0, ClipLength(name, kMaxIdentifierBytes));
}

std::string MakeObjectName(const std::string& name1, const std::string& name2,
                           const std::string& label) {
  int name1chars = static_cast<int>(name1.size());
  int name2chars = static_cast<int>(name2.size());
  int overhead = 0;
  if (!name2.empty()) overhead++;
  if (!label.empty()) overhead += static_cast<int>(label.size()) + 1;
  int avail = kMaxIdentifierBytes - overhead;
  while (name1chars + name2chars > avail) {
    if (name1chars > name2chars)
      name1chars--;
    else
      name2chars--;
  }
  name1chars = ClipLength(name1, name1chars);
  if (!name2.empty()) name2chars = ClipLength(name2, name2chars);
  std::string out = name1.substr(0, name1chars);
  if (!name2.empty()) out += "_" + name2.substr(0, name2chars);
  if (!label.empty()) out += "_" + label;
  return out;
}

std::string ChooseName(const std::string& name1, const std::string& name2,
                       const std::string& label, const std::function<bool(const std::string&)>& taken) {
  std::string modlabel = label;
  for (int pass = 1;; ++pass) {
    std::string candidate = MakeObjectName(name1, name2, modlabel);
    if (!taken(candidate)) return candidate;
    modlabel = label + std::to_string(pass);
  }
}

std::string JoinNameParts(const std::vector<std::string>& names) {
  // ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: stop
  // once the buffer (NAMEDATALEN) is full.
  std::string buf;
  for (const auto& name : names) {
    if (!buf.empty()) buf += "_";
    buf += name;
    if (static_cast<int>(buf.size()) >= kMaxIdentifierBytes) break;
  }
  return buf.substr(0, ClipLength(buf, kMaxIdentifierBytes));
}

std::vector<std::string> DistinctIndexColumnNames(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& original : names) {
    std::string candidate = original;
    for (int i = 1;; ++i) {
      bool used = false;
      for (const auto& o : out) used = used || o == candidate;
      if (!used) break;
      std::string suffix = std::to_string(i);
      candidate = original.substr(0, ClipLength(original, kMaxIdentifierBytes - static_cast<int>(suffix.size()))) + suffix;
    }
    out.push_back(candidate);
  }
  return out;
}

}  // namespace sd::parser
