// Changes to steps: which SQL, what each step creates, drops and needs.
#include <algorithm>
#include <set>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/order.h"
#include "plan/plan.h"
#include "plan/steps.h"

namespace sd::plan {

bool BuildPlan(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
               Plan* plan, std::string* error) {
  StepContext ctx{from, to, changes, {}};
  for (size_t i = 0; i < changes.size(); ++i) {
    const diff::Change& change = changes[i];
    size_t first_step = ctx.steps.size();
    if (change.aspect == diff::Aspect::kRename) {
      PlanRenameChange(change, ctx);
    } else switch (change.target.kind) {
      case model::ObjectKind::kSchema:
      case model::ObjectKind::kExtension: PlanSchemaChange(change, ctx); break;
      case model::ObjectKind::kEnumType: PlanEnumChange(change, ctx); break;
      case model::ObjectKind::kSequence: PlanSequenceChange(change, ctx); break;
      case model::ObjectKind::kTable: PlanTableChange(change, ctx); break;
      case model::ObjectKind::kColumn: PlanColumnChange(change, ctx); break;
      case model::ObjectKind::kConstraint: PlanConstraintChange(change, ctx); break;
      case model::ObjectKind::kIndex: PlanIndexChange(change, ctx); break;
      default:
        *error = "no plan for " + diff::Describe(change);
        return false;
    }
    for (size_t s = first_step; s < ctx.steps.size(); ++s) ctx.steps[s].change_index = static_cast<int>(i);
  }
  plan->steps = std::move(ctx.steps);
  return OrderSteps(&plan->steps, error);
}

}  // namespace sd::plan
