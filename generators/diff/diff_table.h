// Comparison of one table present in both catalogs.
#pragma once

#include <vector>

#include "diff/change.h"

namespace sd::diff {

/// Appends the column, constraint and table-level changes from `a` to `b`.
void DiffTable(const model::Table& a, const model::Table& b, std::vector<Change>* out);

}  // namespace sd::diff
