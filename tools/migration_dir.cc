#include "migration_dir.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "migration_sum.h"

namespace sd::tools {

namespace fs = std::filesystem;

bool ReadFile(const std::filesystem::path& path, std::string* text, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path.string() + ": cannot read: " + std::strerror(errno);
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  *text = ss.str();
  return true;
}

namespace {

// dbmate's section markers: "-- migrate:up" / "-- migrate:down", options after.
bool IsMarker(const std::string& line, const std::string& section) {
  std::string marker = "-- migrate:" + section;
  return line.rfind(marker, 0) == 0 && (line.size() == marker.size() || line[marker.size()] == ' ' ||
                                        line[marker.size()] == '\t' || line[marker.size()] == '\r');
}

// Splits a dbmate file into its up and down texts, each the whole file with
// every line outside the section blanked (line numbers stay the file's).
bool SplitDbmate(const std::string& text, std::string* up, std::string* down, bool* has_down) {
  std::istringstream in(text);
  std::string line;
  int section = 0;  // 0 before any marker, 1 up, 2 down
  bool has_up = false;
  *has_down = false;
  while (std::getline(in, line)) {
    if (IsMarker(line, "up")) section = 1, has_up = true, line.clear();
    else if (IsMarker(line, "down")) section = 2, *has_down = true, line.clear();
    *up += (section == 1 ? line : "") + "\n";
    *down += (section == 2 ? line : "") + "\n";
  }
  return has_up;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "  " + l + "\n";
  return out;
}

}  // namespace

bool ListSqlFiles(const std::string& dir, std::vector<std::string>* files, std::string* error) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return true;
  if (!fs::is_directory(dir, ec)) {
    *error = dir + ": not a directory";
    return false;
  }
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".sql") files->push_back(entry.path().filename());
  if (ec) {
    *error = dir + ": cannot read the directory: " + ec.message();
    return false;
  }
  std::sort(files->begin(), files->end());
  return true;
}

bool ReadMigrationDir(const std::string& dir, bool detect, Layout* layout, std::vector<MigrationEntry>* migrations,
                      std::string* error) {
  std::vector<std::string> files;
  if (!ListSqlFiles(dir, &files, error)) return false;
  if (files.empty()) return true;
  if (detect && !DetectLayout(files, layout, error)) {
    *error = dir + "/" + *error;
    return false;
  }
  std::map<std::string, MigrationEntry> by_version;  // ordered below with CompareVersions
  std::map<std::string, std::string> first_file;     // version → the file that introduced it
  std::vector<std::pair<std::string, MigrationEntry>> downs;
  std::vector<MigrationEntry> repeatables;
  for (const auto& file : files) {
    MigrationFileName parsed;
    if (!ParseFileName(*layout, file, &parsed)) {
      *error = dir + "/" + file + ": not a migration file name of " + LayoutName(*layout);
      return false;
    }
    std::string path = (fs::path(dir) / file).string();
    std::string text;
    if (!ReadFile(path, &text, error)) return false;
    MigrationEntry entry{parsed.version, parsed.name, {path, text}, std::nullopt};
    switch (parsed.role) {
      case FileRole::kRepeatable: repeatables.push_back(std::move(entry)); continue;
      case FileRole::kDown: downs.emplace_back(file, std::move(entry)); continue;
      case FileRole::kUpAndDown: {
        std::string up, down;
        bool has_down = false;
        if (!SplitDbmate(text, &up, &down, &has_down)) {
          *error = path + ": no `-- migrate:up` line (dbmate sections)";
          return false;
        }
        entry.up.text = up;
        if (has_down) entry.down = parser::Input{path, down};
        break;
      }
      case FileRole::kUp: break;
    }
    // Versions compare as numbers: 1 and 0001 are the same migration.
    for (const auto& [version, other] : first_file)
      if (CompareVersions(version, parsed.version) == 0) {
        *error = path + ": version " + parsed.version + " is also used by " + other;
        return false;
      }
    first_file[parsed.version] = file;
    by_version.emplace(parsed.version, std::move(entry));
  }
  for (auto& [file, down] : downs) {
    auto it = std::find_if(by_version.begin(), by_version.end(),
                           [&](const auto& kv) { return CompareVersions(kv.first, down.version) == 0; });
    if (it == by_version.end()) {
      *error = dir + "/" + file + ": a down migration without its up migration";
      return false;
    }
    it->second.down = std::move(down.up);
  }
  for (auto& [version, entry] : by_version) migrations->push_back(std::move(entry));
  std::stable_sort(migrations->begin(), migrations->end(), [](const MigrationEntry& a, const MigrationEntry& b) {
    return CompareVersions(a.version, b.version) < 0;
  });
  for (auto& r : repeatables) migrations->push_back(std::move(r));
  return true;
}

bool WriteNextMigration(const NextMigration& request, Layout* layout, std::vector<std::string>* written,
                        std::string* error) {
  std::vector<std::string> files;
  if (!ListSqlFiles(request.dir, &files, error)) return false;
  *layout = request.layout;
  if (request.detect_layout && !DetectLayout(files, layout, error)) {
    *error = request.dir + ": cannot tell the layout: " + *error;
    return false;
  }
  std::error_code ec;
  if (fs::exists(fs::path(request.dir) / kSumFileName, ec)) {
    std::vector<std::string> problems;
    if (!CheckSum(request.dir, &problems, error)) return false;
    if (!problems.empty()) {
      *error = request.dir + "/" + kSumFileName + " does not match the directory; nothing written (re-summing "
               "would hide these; review them, then `schemadiff check --update-sum`):\n" + Join(problems);
      return false;
    }
  }
  std::vector<std::string> versions;
  for (const auto& f : files) {
    MigrationFileName parsed;
    if (!ParseFileName(*layout, f, &parsed)) {
      *error = request.dir + "/" + f + ": not a migration file name of " + LayoutName(*layout) +
               " (another layout's directory?)";
      return false;
    }
    if (parsed.role != FileRole::kRepeatable) versions.push_back(parsed.version);
  }
  std::string version;
  if (!NextVersion(*layout, versions, request.requested_version, request.now, &version, error)) return false;
  NewFileNames names = FileNamesFor(*layout, version, request.name);
  std::vector<std::pair<std::string, std::string>> contents;
  if (*layout == Layout::kDbmate) {
    // schemadiff's script manages its own transaction (and runs some steps
    // outside one), so dbmate must not wrap it in another.
    contents.emplace_back(names.up, "-- migrate:up transaction:false\n" + request.up_sql +
                                        "\n-- migrate:down transaction:false\n" + request.down_sql);
  } else {
    contents.emplace_back(names.up, request.up_sql);
    contents.emplace_back(names.down, request.down_sql);
  }
  fs::create_directories(request.dir, ec);
  if (ec) {
    *error = request.dir + ": cannot create the directory: " + ec.message();
    return false;
  }
  for (const auto& [name, text] : contents)
    if (fs::exists(fs::path(request.dir) / name, ec)) {
      *error = (fs::path(request.dir) / name).string() + ": already exists; nothing written";
      return false;
    }
  for (const auto& [name, text] : contents) {
    fs::path path = fs::path(request.dir) / name;
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
      *error = path.string() + ": cannot write";
      return false;
    }
    written->push_back(path.string());
  }
  if (!WriteSum(request.dir, error)) return false;
  written->push_back((fs::path(request.dir) / kSumFileName).string());
  return true;
}

}  // namespace sd::tools
