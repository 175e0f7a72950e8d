// Comparison of one table present in both catalogs.
#pragma once

#include <vector>

#include "diff/change.h"

namespace sd::diff {

/// Appends the column, constraint and table-level changes from `a` to `b`.
void DiffTable(const model::Table& a, const model::Table& b, std::vector<Change>* out);

/// Removes the changes to partitions' columns and CHECK constraints that
/// repeat a change of their parent's: PostgreSQL applies the parent's to
/// every partition, so only the parent's statement is emitted. Changes to a
/// table being re-created for its partitioning are dropped too (the
/// re-creation builds the new definition whole).
void SuppressInheritedChanges(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* out);

}  // namespace sd::diff
