#include "input_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <cstring>
#include <sstream>

namespace sd::tools {

namespace fs = std::filesystem;

bool ReadInputs(const std::string& path, std::vector<parser::Input>* inputs, std::string* error) {
  auto read = [&](const std::string& name, std::istream& in) {
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.find('\0') != std::string::npos) {
      *error = name + ": binary data (NUL byte) is not SQL text";
      return false;
    }
    inputs->push_back({name, std::move(text)});
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
      std::ifstream in(f, std::ios::binary);
      if (!in || !read(f, in)) {
        if (error->empty()) *error = f + ": cannot read";
        return false;
      }
    }
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  return read(path, in);
}

}  // namespace sd::tools
