// Reading OLD / NEW arguments: a file, a directory of .sql files, or "-".
#pragma once

#include <string>
#include <vector>

#include "parser/loader.h"

namespace sd::tools {

/// Reads `path` into inputs: a .sql file, every *.sql file of a directory in
/// name order, or standard input for "-". Returns false with `error` set.
bool ReadInputs(const std::string& path, std::vector<parser::Input>* inputs, std::string* error);

}  // namespace sd::tools
