#include "input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <cstring>
#include <sstream>

namespace sd::tools {

namespace fs = std::filesystem;

namespace {

std::string BinaryError(const std::string& name) { return name + ": binary data (NUL byte) is not SQL text"; }

}  // namespace

bool ReadInputs(const std::string& path, std::vector<parser::Input>* inputs, std::string* error, ReadMode mode) {
  auto read = [&](const std::string& name, std::istream& in) {
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.find('\0') != std::string::npos) {
      *error = BinaryError(name);
      return false;
    }
    inputs->push_back({name, std::move(text)});
    return true;
  };
  auto map = [&](const std::string& name) {
    std::shared_ptr<parser::MappedFile> mapped = parser::MappedFile::Open(name, error);
    if (!mapped) return false;
    if (mapped->size() && std::memchr(mapped->data(), 0, mapped->size())) {
      *error = BinaryError(name);
      return false;
    }
    mapped->Release(0, mapped->size());  // read again when it loads
    inputs->push_back({name, "", std::move(mapped)});
    return true;
  };
  if (path == "-") return read("<stdin>", std::cin);
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".sql") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      *error = path + ": directory has no .sql files";
      return false;
    }
    for (const auto& f : files) {
      if (mode == ReadMode::kMapFiles) {
        if (!map(f)) return false;
        continue;
      }
      std::ifstream in(f, std::ios::binary);
      if (!in || !read(f, in)) {
        if (error->empty()) *error = f + ": cannot read";
        return false;
      }
    }
    return true;
  }
  if (mode == ReadMode::kMapFiles && fs::is_regular_file(path, ec)) return map(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  return read(path, in);
}

}  // namespace sd::tools
