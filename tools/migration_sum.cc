#include "migration_sum.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "migration_dir.h"
#include "sha256.h"

namespace sd::tools {

namespace fs = std::filesystem;

namespace {


std::string EntryLines(const std::vector<SumEntry>& entries) {
  std::string out;
  for (const auto& e : entries) out += e.file + " " + e.hash + "\n";
  return out;
}

// Parses the sum text; false when it is not in the format we write.
bool ParseSum(const std::string& text, std::string* total, std::vector<SumEntry>* entries) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line.rfind("h1:", 0) != 0) return false;
  *total = line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    size_t space = line.rfind(' ');
    if (space == std::string::npos || line.compare(space + 1, 3, "h1:") != 0) return false;
    entries->push_back({line.substr(0, space), line.substr(space + 1)});
  }
  return true;
}

}  // namespace

std::string HashText(const std::string& text) {
  auto digest = Sha256(text);
  return "h1:" + Base64(digest.data(), digest.size());
}

std::string RenderSum(const std::vector<SumEntry>& entries) {
  std::string lines = EntryLines(entries);
  return HashText(lines) + "\n" + lines;
}

bool CurrentEntries(const std::string& dir, std::vector<SumEntry>* entries, std::string* error) {
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".sql") names.push_back(entry.path().filename());
  if (ec) {
    *error = dir + ": cannot read the directory: " + ec.message();
    return false;
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    std::string text;
    if (!ReadFile(fs::path(dir) / name, &text, error)) return false;
    entries->push_back({name, HashText(text)});
  }
  return true;
}

bool WriteSum(const std::string& dir, std::string* error) {
  std::vector<SumEntry> entries;
  if (!CurrentEntries(dir, &entries, error)) return false;
  fs::path path = fs::path(dir) / kSumFileName;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << RenderSum(entries);
  out.close();
  if (!out) {
    *error = path.string() + ": cannot write";
    return false;
  }
  return true;
}

bool CheckSum(const std::string& dir, std::vector<std::string>* problems, std::string* error) {
  std::vector<SumEntry> now;
  if (!CurrentEntries(dir, &now, error)) return false;
  fs::path path = fs::path(dir) / kSumFileName;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    problems->push_back(std::string(kSumFileName) + " is missing: review the migrations, then run `schemadiff check " +
                        "--update-sum` (or write migrations with -o DIR --layout, which keeps it)");
    return true;
  }
  std::string text, total;
  std::vector<SumEntry> summed;
  if (!ReadFile(path, &text, error)) return false;
  if (!ParseSum(text, &total, &summed)) {
    problems->push_back(std::string(kSumFileName) + " is not in the expected format (first line h1:…, then "
                        "`<file> h1:<hash>` per file): regenerate it with `schemadiff check --update-sum`");
    return true;
  }
  // The first line guards the list itself: a hand-edited entry shows here.
  if (HashText(EntryLines(summed)) != total)
    problems->push_back(std::string(kSumFileName) + " was edited by hand: its first line does not match its entries");
  std::map<std::string, std::string> current;
  for (const auto& e : now) current[e.file] = e.hash;
  std::map<std::string, std::string> listed;
  for (const auto& e : summed) {
    listed[e.file] = e.hash;
    auto it = current.find(e.file);
    if (it == current.end())
      problems->push_back(e.file + ": listed in " + kSumFileName + " but removed from the directory");
    else if (it->second != e.hash)
      problems->push_back(e.file + ": edited after it was summed (its hash is not the one in " +
                          std::string(kSumFileName) + "); write a new migration instead of editing this one");
  }
  for (const auto& e : now)
    if (!listed.count(e.file))
      problems->push_back(e.file + ": not in " + std::string(kSumFileName) +
                          " (a new migration? review it, then run `schemadiff check --update-sum`)");
  return true;
}

}  // namespace sd::tools
