// What the JSON plan and the reviewer reports describe: both directions of a
// migration, how they are rendered, and what the command found on the way.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "plan/plan.h"
#include "render/sql_render.h"

namespace sd::report {

/// Everything the report renderers read. Pointers are borrowed: the plans
/// must outlive the renderer calls.
struct PlanReport {
  std::string version;                         ///< schemadiff version, e.g. "0.1.0"
  const plan::Plan* up = nullptr;              ///< OLD → NEW
  const plan::Plan* down = nullptr;            ///< NEW → OLD
  render::SqlOptions sql;                      ///< how up.sql / down.sql are rendered (withheld steps)
  std::vector<std::string> rename_hints;       ///< drop + add pairs that look like renames
  std::vector<model::Diagnostic> diagnostics;  ///< input and planning diagnostics, in the order found
};

/// One direction's steps as the reports number them: steps without SQL
/// (implied by another step) are left out, the rest numbered from 1.
struct ListedStep {
  int index = 0;                   ///< 1-based position among listed steps
  const plan::Step* step = nullptr;
  bool withheld = false;           ///< rendered as a comment (destructive, not allowed)
};

/// The listed steps of `plan` rendered with `options`, in plan order.
std::vector<ListedStep> ListSteps(const plan::Plan& plan, const render::SqlOptions& options);

/// `diagnostics` without repeats (OLD and NEW may be the same file), in order.
std::vector<model::Diagnostic> UniqueDiagnostics(const std::vector<model::Diagnostic>& diagnostics);

/// "error", "warning" or "note".
const char* SeverityName(model::Severity severity);

}  // namespace sd::report
