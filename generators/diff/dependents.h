// Objects re-created because something they depend on is dropped or reshaped.
#pragma once

#include <vector>

#include "diff/change.h"

namespace sd::diff {

/// PostgreSQL refuses to drop or retype what a view, trigger or policy
/// uses. For each such object that did not change itself but depends on
/// something `changes` drops or reshapes (a column whose type changes, a
/// view re-created, an enum swapped), appends a drop and a create with
/// aspect kRecreate, transitively (a view on that view follows), and the
/// same for indexes on a re-created materialized view.
void AddForcedRecreates(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* changes);

}  // namespace sd::diff
