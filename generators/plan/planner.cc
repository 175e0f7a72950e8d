// Changes to steps: which SQL, what each step creates, drops and needs.
#include <algorithm>
#include <set>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/online.h"
#include "plan/order.h"
#include "plan/plan.h"
#include "plan/steps.h"

namespace sd::plan {

bool BuildPlan(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
               Plan* plan, std::string* error, const PlanOptions& options) {
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
      case model::ObjectKind::kView:
      case model::ObjectKind::kMaterializedView: PlanViewChange(change, ctx); break;
      case model::ObjectKind::kFunction: PlanFunctionChange(change, ctx); break;
      case model::ObjectKind::kTrigger: PlanTriggerChange(change, ctx); break;
      case model::ObjectKind::kPolicy: PlanPolicyChange(change, ctx); break;
      case model::ObjectKind::kDomain:
      case model::ObjectKind::kDomainConstraint:
      case model::ObjectKind::kCompositeType:
      case model::ObjectKind::kRangeType: PlanDomainChange(change, ctx); break;
      case model::ObjectKind::kPrivilege:
      case model::ObjectKind::kOwner: PlanPrivilegeChange(change, ctx); break;
      default:
        *error = "no plan for " + diff::Describe(change);
        return false;
    }
    for (size_t s = first_step; s < ctx.steps.size(); ++s) ctx.steps[s].change_index = static_cast<int>(i);
  }
  // Online: the same changes, restated step by step so no statement holds a
  // long lock or scans while writes wait, and sorted into phases.
  if (options.online) MakeOnline(ctx);
  plan->online = options.online;
  plan->steps = std::move(ctx.steps);
  return OrderSteps(&plan->steps, error);
}

}  // namespace sd::plan
