// Triggers.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

std::string CommentTarget(const model::Trigger& t) {
  return "TRIGGER " + model::QuoteIdent(t.name) + " ON " + model::QuoteQualified(t.table);
}

}  // namespace

void PlanTriggerChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& t = std::get<model::Trigger>(change.after);
    std::string sql = CreateTriggerSql(t);
    if (t.comment) sql += CommentSql(CommentTarget(t), t.comment);
    Step& s = ctx.Add(sql, kRankCreateTrigger, desc);
    s.creates = {change.target};
    s.needs_new = t.depends_on;
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& t = std::get<model::Trigger>(change.before);
    Step& s = ctx.Add("DROP TRIGGER " + model::QuoteIdent(t.name) + " ON " + model::QuoteQualified(t.table) + ";\n",
                      kRankDropTrigger, desc);
    s.drops = {change.target};
    s.needs_old = t.depends_on;
    return;
  }
  const auto& t = std::get<model::Trigger>(change.after);
  ctx.Add(CommentSql(CommentTarget(t), t.comment), kRankComment, desc).needs_new = {change.target};
}

}  // namespace sd::plan
