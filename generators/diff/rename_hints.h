// Possible renames the diff will not guess: a dropped and an added table (or
// column) of the same shape.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"

namespace sd::diff {

/// One line per suspicious drop + add pair, suggesting the annotation that
/// would make it a rename. Empty when nothing looks like a rename.
std::vector<std::string> RenameHints(const std::vector<Change>& changes);

}  // namespace sd::diff
