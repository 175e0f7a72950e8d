// Structural comparison of two catalogs.
#pragma once

#include <vector>

#include "diff/change.h"
#include "model/catalog.h"

namespace sd::diff {

/// Every change that turns `from` into `to`, in a deterministic order
/// (by object kind, then name). Ordering for execution is the plan's job.
std::vector<Change> Diff(const model::Catalog& from, const model::Catalog& to);

}  // namespace sd::diff
