#include "plan/steps.h"

namespace sd::plan {

Step& StepContext::Add(std::string sql, int rank, std::string description) {
  Step step;
  step.sql = std::move(sql);
  step.rank = rank;
  step.description = std::move(description);
  steps.push_back(std::move(step));
  return steps.back();
}

bool StepContext::HasChange(const model::ObjectRef& target, diff::Aspect aspect) const {
  for (const auto& c : changes)
    if (c.kind == diff::ChangeKind::kAlter && c.aspect == aspect && c.target == target) return true;
  return false;
}

const model::ColumnsByType& StepContext::FromColumnsByType() {
  if (!from_columns_by_type) from_columns_by_type = model::IndexColumnsByType(from);
  return *from_columns_by_type;
}

}  // namespace sd::plan
