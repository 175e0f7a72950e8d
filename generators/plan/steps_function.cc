// Functions and procedures.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

std::string CommentTarget(const model::Function& f) {
  return std::string(f.procedure ? "PROCEDURE " : "FUNCTION ") + FunctionSignatureSql(f);
}

// What must exist before the function is created: its schema, the types it
// takes and returns, and what a SQL body reads (validated at creation).
std::vector<model::ObjectRef> CreateNeeds(const model::Function& f) {
  std::vector<model::ObjectRef> out{SchemaRef(f.name.schema)};
  out.insert(out.end(), f.depends_on.begin(), f.depends_on.end());
  out.insert(out.end(), f.body_uses.begin(), f.body_uses.end());
  return out;
}

}  // namespace

void PlanFunctionChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& f = std::get<model::Function>(change.after);
    std::string sql = CreateFunctionSql(f);
    if (f.comment) sql += CommentSql(CommentTarget(f), f.comment);
    Step& s = ctx.Add(sql, kRankCreateFunction, desc);
    s.creates = {change.target};
    s.needs_new = CreateNeeds(f);
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& f = std::get<model::Function>(change.before);
    Step& s = ctx.Add(std::string(f.procedure ? "DROP PROCEDURE " : "DROP FUNCTION ") + FunctionSignatureSql(f) + ";\n",
                      kRankDropFunction, desc);
    s.drops = {change.target};
    s.needs_old = f.depends_on;
    s.needs_old.push_back(SchemaRef(f.name.schema));
    return;
  }
  const auto& before = std::get<model::Function>(change.before);
  const auto& after = std::get<model::Function>(change.after);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql(CommentTarget(after), after.comment), kRankComment, desc).needs_new = {change.target};
    return;
  }
  // Same signature and result: replaced in place, so its users stay.
  Step& s = ctx.Add(CreateFunctionSql(after, /*or_replace=*/true), kRankCreateFunction, desc);
  s.needs_new = CreateNeeds(after);
  s.needs_old = before.depends_on;
}

}  // namespace sd::plan
