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
  for (const auto& change : changes) {
    switch (change.target.kind) {
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
  }
  plan->steps = std::move(ctx.steps);
  return OrderSteps(&plan->steps, error);
}

}  // namespace sd::plan
