#include "layouts.h"

#include <algorithm>
#include <cctype>

namespace sd::tools {

namespace {

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Flyway versions: digit groups separated by '.' or '_' ("1", "1.2", "2_1").
bool FlywayVersion(const std::string& v) {
  if (v.empty() || !std::isdigit(static_cast<unsigned char>(v.front())) ||
      !std::isdigit(static_cast<unsigned char>(v.back())))
    return false;
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    if (std::isdigit(static_cast<unsigned char>(c))) continue;
    if ((c != '.' && c != '_') || !std::isdigit(static_cast<unsigned char>(v[i + 1]))) return false;
  }
  return true;
}

// NNN_name.up.sql / NNN_name.down.sql (golang-migrate's own pattern, .sql only).
bool ParseUpDown(const std::string& file, MigrationFileName* out) {
  FileRole role;
  std::string stem;
  if (EndsWith(file, ".up.sql")) role = FileRole::kUp, stem = file.substr(0, file.size() - 7);
  else if (EndsWith(file, ".down.sql")) role = FileRole::kDown, stem = file.substr(0, file.size() - 9);
  else return false;
  size_t underscore = stem.find('_');
  if (underscore == std::string::npos || !AllDigits(stem.substr(0, underscore))) return false;
  *out = {stem.substr(0, underscore), stem.substr(underscore + 1), role};
  return true;
}

bool ParseFlyway(const std::string& file, MigrationFileName* out) {
  if (file.size() < 2 || !EndsWith(file, ".sql")) return false;
  std::string stem = file.substr(0, file.size() - 4);
  size_t sep = stem.find("__");
  if (sep == std::string::npos) return false;
  std::string prefix = stem.substr(0, sep), description = stem.substr(sep + 2);
  if (prefix == "R") {
    *out = {"", description, FileRole::kRepeatable};
    return true;
  }
  if ((prefix[0] != 'V' && prefix[0] != 'U') || !FlywayVersion(prefix.substr(1))) return false;
  *out = {prefix.substr(1), description, prefix[0] == 'V' ? FileRole::kUp : FileRole::kDown};
  return true;
}

bool ParseDbmate(const std::string& file, MigrationFileName* out) {
  if (!EndsWith(file, ".sql") || EndsWith(file, ".up.sql") || EndsWith(file, ".down.sql")) return false;
  std::string stem = file.substr(0, file.size() - 4);
  size_t underscore = stem.find('_');
  std::string version = stem.substr(0, underscore);
  if (!AllDigits(version)) return false;
  *out = {version, underscore == std::string::npos ? "" : stem.substr(underscore + 1), FileRole::kUpAndDown};
  return true;
}

// Numeric components; leading zeros do not count.
std::vector<std::string> Components(const std::string& v) {
  std::vector<std::string> out(1);
  for (char c : v) {
    if (c == '.' || c == '_') out.emplace_back();
    else out.back() += c;
  }
  for (auto& part : out) {
    size_t nonzero = part.find_first_not_of('0');
    part = nonzero == std::string::npos ? "" : part.substr(nonzero);
  }
  return out;
}

// Decimal string + 1, any length.
std::string Increment(std::string digits) {
  for (size_t i = digits.size(); i-- > 0;) {
    if (digits[i] != '9') {
      ++digits[i];
      return digits;
    }
    digits[i] = '0';
  }
  return "1" + digits;
}

std::string PadTo(std::string digits, size_t width) {
  if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
  return digits;
}

std::string Timestamp(std::time_t now) {
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y%m%d%H%M%S", &utc);
  return buffer;
}

}  // namespace

const char* LayoutName(Layout layout) {
  switch (layout) {
    case Layout::kGolangMigrate: return "golang-migrate";
    case Layout::kFlyway: return "flyway";
    case Layout::kDbmate: return "dbmate";
    case Layout::kPlain: return "plain";
  }
  return "";
}

bool ParseLayoutName(const std::string& name, Layout* layout) {
  for (Layout l : {Layout::kGolangMigrate, Layout::kFlyway, Layout::kDbmate, Layout::kPlain})
    if (name == LayoutName(l)) {
      *layout = l;
      return true;
    }
  return false;
}

bool ParseFileName(Layout layout, const std::string& file, MigrationFileName* out) {
  switch (layout) {
    case Layout::kGolangMigrate:
    case Layout::kPlain: return ParseUpDown(file, out);
    case Layout::kFlyway: return ParseFlyway(file, out);
    case Layout::kDbmate: return ParseDbmate(file, out);
  }
  return false;
}

bool DetectLayout(const std::vector<std::string>& files, Layout* layout, std::string* error) {
  if (files.empty()) {
    *error = "no .sql files to tell the layout from (pass --layout)";
    return false;
  }
  // The candidate that explains the most names; a file it does not explain
  // is the one to show.
  Layout best = Layout::kGolangMigrate;
  size_t best_count = 0;
  for (Layout l : {Layout::kGolangMigrate, Layout::kFlyway, Layout::kDbmate}) {
    MigrationFileName parsed;
    size_t count = std::count_if(files.begin(), files.end(),
                                 [&](const std::string& f) { return ParseFileName(l, f, &parsed); });
    if (count == files.size()) {
      *layout = l;
      return true;
    }
    if (count > best_count) best = l, best_count = count;
  }
  for (const auto& f : files) {
    MigrationFileName parsed;
    if (ParseFileName(best, f, &parsed)) continue;
    *error = f + ": not a migration file name of " + (best_count ? std::string(LayoutName(best)) + " (as the others are)"
                                                                  : std::string("golang-migrate, flyway or dbmate"));
    break;
  }
  return false;
}

int CompareVersions(const std::string& a, const std::string& b) {
  std::vector<std::string> x = Components(a), y = Components(b);
  for (size_t i = 0; i < std::max(x.size(), y.size()); ++i) {
    std::string p = i < x.size() ? x[i] : "", q = i < y.size() ? y[i] : "";
    if (p.size() != q.size()) return p.size() < q.size() ? -1 : 1;
    if (int c = p.compare(q)) return c < 0 ? -1 : 1;
  }
  return 0;
}

bool NextVersion(Layout layout, const std::vector<std::string>& existing, const std::string& requested,
                 std::time_t now, std::string* version, std::string* error) {
  std::string last;
  for (const auto& v : existing)
    if (last.empty() || CompareVersions(v, last) > 0) last = v;
  if (!requested.empty()) {
    bool ok = layout == Layout::kFlyway ? FlywayVersion(requested) : AllDigits(requested);
    if (!ok) {
      *error = "--version " + requested + ": not a version for " + LayoutName(layout) +
               (layout == Layout::kFlyway ? " (digits, '.' or '_' between groups)" : " (digits only)");
      return false;
    }
    if (!last.empty() && CompareVersions(requested, last) <= 0) {
      *error = "--version " + requested + " does not come after the last migration's version " + last;
      return false;
    }
    *version = requested;
    return true;
  }
  if (layout == Layout::kFlyway) {
    if (last.empty()) {
      *version = "1";
      return true;
    }
    // Continue the last component: V1.2 → V1.3, V009 → V010.
    size_t start = last.find_last_of("._") + 1;  // npos + 1 == 0
    std::string tail = last.substr(start);
    *version = last.substr(0, start) + PadTo(Increment(tail), tail.size());
    return true;
  }
  // A 14-digit YYYYMMDDHHMMSS or 10-digit Unix-seconds last version means a
  // timestamp-numbered directory (dbmate always is one).
  bool zero_padded = !last.empty() && last[0] == '0';
  bool timestamps = layout == Layout::kDbmate || (!zero_padded && (last.size() == 14 || last.size() == 10));
  if (timestamps) {
    std::string stamp = last.size() == 10 && layout != Layout::kDbmate ? std::to_string(static_cast<long long>(now))
                                                                        : Timestamp(now);
    *version = last.empty() || CompareVersions(stamp, last) > 0 ? stamp : Increment(last);
    return true;
  }
  size_t width = layout == Layout::kPlain ? 4 : 6;
  if (!existing.empty()) {
    // The width of the zero-padded numbers found (none: no padding).
    width = 0;
    for (const auto& v : existing)
      if (v.size() > 1 && v[0] == '0') width = std::max(width, v.size());
  }
  *version = PadTo(last.empty() ? "1" : Increment(last), width);
  return true;
}

NewFileNames FileNamesFor(Layout layout, const std::string& version, const std::string& name) {
  switch (layout) {
    case Layout::kGolangMigrate:
    case Layout::kPlain: return {version + "_" + name + ".up.sql", version + "_" + name + ".down.sql"};
    case Layout::kFlyway: return {"V" + version + "__" + name + ".sql", "U" + version + "__" + name + ".sql"};
    case Layout::kDbmate: return {version + "_" + name + ".sql", ""};
  }
  return {};
}

bool ValidMigrationName(const std::string& name, std::string* error) {
  bool ok = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '_' || c == '-';
  });
  if (!ok) *error = "--name '" + name + "': use letters, digits, '_' and '-' only (it becomes part of a file name)";
  return ok;
}

}  // namespace sd::tools
