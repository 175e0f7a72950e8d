// Row-level security policies: CREATE / ALTER / DROP POLICY.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

// "name ON schema.table", as every policy statement names it.
std::string PolicyName(const model::Policy& p) {
  return model::QuoteIdent(p.name) + " ON " + model::QuoteQualified(p.table);
}

// A role list as TO takes it: PUBLIC and the session keywords bare.
std::string RolesSql(const std::vector<std::string>& roles) {
  std::string out;
  for (const auto& role : roles) {
    if (!out.empty()) out += ", ";
    bool keyword = role == "public" || role == "CURRENT_USER" || role == "CURRENT_ROLE" || role == "SESSION_USER";
    out += role == "public" ? "PUBLIC" : keyword ? role : model::QuoteIdent(role);
  }
  return out;
}

bool DefaultRoles(const model::Policy& p) { return p.roles.size() == 1 && p.roles[0] == "public"; }

std::string CreatePolicySql(const model::Policy& p) {
  std::string sql = "CREATE POLICY " + PolicyName(p);
  if (!p.permissive) sql += " AS RESTRICTIVE";
  if (p.command != "ALL") sql += " FOR " + p.command;
  if (!DefaultRoles(p)) sql += " TO " + RolesSql(p.roles);
  if (p.using_expr) sql += " USING (" + p.using_expr->text + ")";
  if (p.check_expr) sql += " WITH CHECK (" + p.check_expr->text + ")";
  sql += ";\n";
  if (p.comment) sql += CommentSql("POLICY " + PolicyName(p), p.comment);
  return sql;
}

// ALTER POLICY with only the parts that changed (none is ever removed: the
// diff drops and re-creates such policies).
std::string AlterPolicySql(const model::Policy& a, const model::Policy& b) {
  std::string sql = "ALTER POLICY " + PolicyName(b);
  if (a.roles != b.roles) sql += " TO " + RolesSql(b.roles);
  bool using_changed = b.using_expr && (!a.using_expr || !model::SameExpr(*a.using_expr, *b.using_expr));
  bool check_changed = b.check_expr && (!a.check_expr || !model::SameExpr(*a.check_expr, *b.check_expr));
  if (using_changed) sql += " USING (" + b.using_expr->text + ")";
  if (check_changed) sql += " WITH CHECK (" + b.check_expr->text + ")";
  return sql + ";\n";
}

}  // namespace

void PlanPolicyChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& p = std::get<model::Policy>(change.after);
    Step& s = ctx.Add(CreatePolicySql(p), kRankCreatePolicy, desc);
    s.creates = {change.target};
    s.needs_new = p.depends_on;
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& p = std::get<model::Policy>(change.before);
    Step& s = ctx.Add("DROP POLICY " + PolicyName(p) + ";\n", kRankDropPolicy, desc);
    s.drops = {change.target};
    s.needs_old = p.depends_on;
    return;
  }
  const auto& a = std::get<model::Policy>(change.before);
  const auto& b = std::get<model::Policy>(change.after);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql("POLICY " + PolicyName(b), b.comment), kRankComment, desc).needs_new = {change.target};
    return;
  }
  // ALTER POLICY can replace USING / WITH CHECK but never remove one.
  bool clause_removed = (a.using_expr && !b.using_expr) || (a.check_expr && !b.check_expr);
  std::string sql = clause_removed ? "DROP POLICY " + PolicyName(a) + ";\n" + CreatePolicySql(b) : AlterPolicySql(a, b);
  Step& s = ctx.Add(sql, kRankCreatePolicy, desc);
  s.needs_new = b.depends_on;
  s.needs_old = a.depends_on;
}

}  // namespace sd::plan
