#include "audit/audit.h"

#include <set>

#include "audit/check.h"
#include "audit/script.h"

namespace sd::audit {

std::string RenderAudit(const std::vector<diff::Change>& changes, const model::Catalog& from,
                        const model::Catalog& to, const plan::Plan& up) {
  Context ctx{changes, from, to, OriginalNames(changes)};
  std::vector<Check> checks;
  // In plan order, each change once (a change can be planned as several steps).
  std::set<int> seen;
  for (const auto& step : up.steps) {
    int i = step.change_index;
    if (i < 0 || i >= static_cast<int>(changes.size()) || !seen.insert(i).second) continue;
    const diff::Change& change = changes[i];
    AddNotNullChecks(ctx, change, &checks);
    AddUniqueChecks(ctx, change, &checks);
    AddForeignKeyChecks(ctx, change, &checks);
    AddCheckConstraintChecks(ctx, change, &checks);
    AddTypeChangeChecks(ctx, change, &checks);
    AddEnumChecks(ctx, change, &checks);
    AddDropChecks(ctx, change, &checks);
  }
  return RenderScript(checks);
}

}  // namespace sd::audit
