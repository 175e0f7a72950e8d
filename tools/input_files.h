// Reading OLD / NEW arguments: a file, a directory of .sql files, or "-".
#pragma once

#include <string>
#include <vector>

#include "parser/loader.h"

namespace sd::tools {

/// How ReadInputs hands over a file.
enum class ReadMode {
  kRead,      ///< its text, in Input::text
  kMapFiles,  ///< mapped (Input::mapped), for a caller that only loads it: large files are not held in memory
};

/// Reads `path` into inputs: a .sql file, every *.sql file of a directory in
/// name order, or standard input for "-" (always read). Returns false with
/// `error` set.
bool ReadInputs(const std::string& path, std::vector<parser::Input>* inputs, std::string* error,
                ReadMode mode = ReadMode::kRead);

}  // namespace sd::tools
