// Row-level security policies: CREATE / ALTER / DROP POLICY, renames.
#include <algorithm>
#include <cctype>

#include "parser/expr_canon.h"
#include "parser/transforms.h"

namespace sd::parser {
namespace {

using model::ObjectKind;
using model::ObjectRef;

// Roles as PostgreSQL stores them: sorted, PUBLIC alone when named at all
// (it ignores other roles next to PUBLIC), PUBLIC when none are given.
std::vector<std::string> PolicyRoles(size_t n, PgQuery__Node** roles) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    if (roles[i]->node_case != PG_QUERY__NODE__NODE_ROLE_SPEC) continue;
    std::string role = RoleName(roles[i]->role_spec);
    if (role == "PUBLIC") return {"public"};
    if (std::find(out.begin(), out.end(), role) == out.end()) out.push_back(role);
  }
  if (out.empty()) return {"public"};
  std::sort(out.begin(), out.end());
  return out;
}

// The single schema of a user function reachable by `name` through
// search_path, or "" (builtins, unknown functions).
std::string FunctionSchema(const std::string& name, InterpContext& ctx) {
  for (const auto& schema : ctx.search_path())
    for (const auto& [ref, fn] : ctx.catalog().functions)
      if (ref.name.schema == schema && ref.name.name == name) return schema;
  return "";
}

// USING / WITH CHECK: function calls qualified as pg_dump writes them, then
// canonicalised; what it reads is added to `deps`.
model::Expr PolicyExpr(PgQuery__Node** slot, const model::Table& table, InterpContext& ctx,
                       std::vector<ObjectRef>* deps) {
  auto called = QualifyFunctionCalls(*slot, [&](const std::string& name) { return FunctionSchema(name, ctx); });
  model::Expr expr = MakeExpr(slot, ctx);
  for (const auto& col : expr.columns)
    if (table.FindColumn(col)) deps->push_back({ObjectKind::kColumn, table.name, col});
  for (const auto& fn : called)
    for (const auto& [ref, f] : ctx.catalog().functions)
      if (ref.name == fn) deps->push_back(ref);  // every overload: the call's argument types are not inferred
  for (const auto& type : expr.types) deps->push_back({ObjectKind::kEnumType, type, ""});
  return expr;
}

// Recomputes what a policy reads from both of its expressions.
void SetDependencies(model::Policy& policy, std::vector<ObjectRef> using_deps, std::vector<ObjectRef> check_deps) {
  std::vector<ObjectRef> deps{{ObjectKind::kTable, policy.table, ""}};
  for (auto* list : {&using_deps, &check_deps})
    for (auto& d : *list)
      if (std::find(deps.begin(), deps.end(), d) == deps.end()) deps.push_back(d);
  policy.depends_on = std::move(deps);
}

// The table a policy statement names; reports a missing or unmodelled one.
const model::Table* PolicyTable(const PgQuery__RangeVar* range, InterpContext& ctx) {
  model::QualifiedName name = ctx.ResolveRelation(range);
  auto it = ctx.catalog().tables.find(name);
  if (it != ctx.catalog().tables.end()) return &it->second;
  if (ctx.IsUnmodelledRelation(name) || ctx.catalog().views.count(name))
    ctx.Unmodelled("policy on a relation that is not a modelled table");
  else
    ctx.Error("SD-P110", "relation \"" + name.name + "\" does not exist", range->location);
  return nullptr;
}

}  // namespace

std::string RoleName(const PgQuery__RoleSpec* role) {
  switch (role->roletype) {
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC: return "PUBLIC";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE: return "CURRENT_ROLE";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER: return "CURRENT_USER";
    case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER: return "SESSION_USER";
    default: return role->rolename ? role->rolename : "";
  }
}

void ApplyCreatePolicy(PgQuery__CreatePolicyStmt* stmt, InterpContext& ctx) {
  const model::Table* table = PolicyTable(stmt->table, ctx);
  if (!table) return;
  model::Policy policy;
  policy.table = table->name;
  policy.name = stmt->policy_name;
  if (ctx.catalog().policies.count(policy.Ref())) {
    ctx.Error("SD-P111", "policy \"" + policy.name + "\" for table \"" + table->name.name + "\" already exists");
    return;
  }
  policy.permissive = stmt->permissive;
  std::string command = stmt->cmd_name && *stmt->cmd_name ? stmt->cmd_name : "all";
  for (char& c : command) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  policy.command = command;
  policy.roles = PolicyRoles(stmt->n_roles, stmt->roles);
  std::vector<ObjectRef> using_deps, check_deps;
  if (stmt->qual) policy.using_expr = PolicyExpr(&stmt->qual, *table, ctx, &using_deps);
  if (stmt->with_check) policy.check_expr = PolicyExpr(&stmt->with_check, *table, ctx, &check_deps);
  SetDependencies(policy, std::move(using_deps), std::move(check_deps));
  ctx.catalog().policies[policy.Ref()] = std::move(policy);
}

void ApplyAlterPolicy(PgQuery__AlterPolicyStmt* stmt, InterpContext& ctx) {
  const model::Table* table = PolicyTable(stmt->table, ctx);
  if (!table) return;
  auto it = ctx.catalog().policies.find({ObjectKind::kPolicy, table->name, stmt->policy_name});
  if (it == ctx.catalog().policies.end()) {
    ctx.Error("SD-P112", "policy \"" + std::string(stmt->policy_name) + "\" for table \"" + table->name.name +
                             "\" does not exist");
    return;
  }
  model::Policy& policy = it->second;
  if (stmt->n_roles) policy.roles = PolicyRoles(stmt->n_roles, stmt->roles);
  // An expression that is not replaced keeps its dependencies: the old list
  // stays (a superset is harmless for ordering).
  std::vector<ObjectRef> using_deps, check_deps;
  if (!stmt->qual || !stmt->with_check) using_deps = policy.depends_on;
  if (stmt->qual) policy.using_expr = PolicyExpr(&stmt->qual, *table, ctx, &using_deps);
  if (stmt->with_check) policy.check_expr = PolicyExpr(&stmt->with_check, *table, ctx, &check_deps);
  SetDependencies(policy, std::move(using_deps), std::move(check_deps));
}

bool RenamePolicy(const PgQuery__RenameStmt* stmt, InterpContext& ctx) {
  model::QualifiedName table = ctx.ResolveRelation(stmt->relation);
  auto& policies = ctx.catalog().policies;
  auto it = policies.find({ObjectKind::kPolicy, table, stmt->subname});
  if (it == policies.end()) return false;
  model::Policy policy = std::move(it->second);
  policies.erase(it);
  policy.name = stmt->newname;
  policies[policy.Ref()] = std::move(policy);
  return true;
}

bool DropPolicy(const std::vector<std::string>& dotted, InterpContext& ctx) {
  if (dotted.size() < 2) return false;
  std::vector<std::string> relation(dotted.begin(), dotted.end() - 1);
  return ctx.catalog().policies.erase({ObjectKind::kPolicy, ctx.ResolveRelation(relation), dotted.back()}) > 0;
}

}  // namespace sd::parser
