// Grants and owners: GRANT / REVOKE, ALTER DEFAULT PRIVILEGES, ALTER ... OWNER TO.
#include <algorithm>

#include "model/quote.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

using model::Grant;
using model::ObjectKind;
using model::ObjectRef;

// The statement keyword and name of a grant's object: "TABLE public.t".
std::string ObjectSql(const ObjectRef& object, const model::Catalog& catalog) {
  std::string q = model::QuoteQualified(object.name);
  switch (object.kind) {
    case ObjectKind::kSchema: return "SCHEMA " + model::QuoteIdent(object.name.name);
    case ObjectKind::kSequence: return "SEQUENCE " + q;
    case ObjectKind::kFunction: {
      auto it = catalog.functions.find(object);
      bool procedure = it != catalog.functions.end() && it->second.procedure;
      return std::string(procedure ? "PROCEDURE " : "FUNCTION ") + q + "(" + object.sub + ")";
    }
    case ObjectKind::kDomain: return "DOMAIN " + q;
    case ObjectKind::kEnumType:
    case ObjectKind::kCompositeType:
    case ObjectKind::kRangeType: return "TYPE " + q;
    default: return "TABLE " + q;  // tables, views, materialized views, columns
  }
}

std::string RoleSql(const std::string& role) {
  if (role.empty()) return "CURRENT_USER";  // undeclared: whoever runs the migration
  if (role == "PUBLIC" || role == "CURRENT_USER" || role == "CURRENT_ROLE" || role == "SESSION_USER") return role;
  return model::QuoteIdent(role);
}

// What an object needs to exist for a statement on it (columns: the column).
ObjectRef ObjectNeed(const Grant& g) {
  if (g.defaults_on) return SchemaRef(g.object.name.name);
  return g.object;
}

ObjectRef OwnerRef(const ObjectRef& object) { return {ObjectKind::kOwner, object.name, object.sub}; }

// Grants that one statement can carry together: same object, grantee,
// direction and grant option; only the privilege differs.
struct StatementKey {
  bool give;  ///< the statement makes `grant` hold (GRANT, or REVOKE of a PUBLIC default)
  Grant grant;
  bool option_only;  ///< GRANT ... WITH GRANT OPTION on a held privilege / REVOKE GRANT OPTION FOR
};

StatementKey KeyOf(const diff::Change& c) {
  if (c.kind == diff::ChangeKind::kCreate) return {true, std::get<Grant>(c.after), false};
  if (c.kind == diff::ChangeKind::kDrop) return {false, std::get<Grant>(c.before), false};
  const auto& a = std::get<Grant>(c.before);
  const auto& b = std::get<Grant>(c.after);
  if (c.aspect == diff::Aspect::kRecreate) return {true, b, false};
  // Grant option changed: given, or taken back.
  return b.with_grant_option ? StatementKey{true, b, false} : StatementKey{false, a, true};
}

bool SameStatement(const StatementKey& x, const StatementKey& y) {
  Grant a = x.grant, b = y.grant;
  a.privilege = b.privilege = "";
  return x.give == y.give && x.option_only == y.option_only && a == b;
}

// The SQL of one statement over `privileges` (in PostgreSQL's order).
std::string StatementSql(const StatementKey& key, std::vector<std::string> privileges, const model::Catalog& catalog) {
  const Grant& g = key.grant;
  const auto& order = g.defaults_on ? model::AllDefaultPrivileges(g.defaults_on)
                                    : model::AllPrivileges(g.object.kind == ObjectKind::kColumn
                                                               ? ObjectKind::kColumn
                                                               : g.object.kind);
  auto rank = [&](const std::string& p) { return std::find(order.begin(), order.end(), p) - order.begin(); };
  std::sort(privileges.begin(), privileges.end(),
            [&](const std::string& a, const std::string& b) { return rank(a) < rank(b) || (rank(a) == rank(b) && a < b); });
  std::string list;
  for (const auto& p : privileges) {
    if (!list.empty()) list += ", ";
    list += p;
    if (g.object.kind == ObjectKind::kColumn && !g.defaults_on) list += " (" + model::QuoteIdent(g.object.sub) + ")";
  }
  std::string on;
  std::string prefix;
  if (g.defaults_on) {
    prefix = "ALTER DEFAULT PRIVILEGES";
    if (!g.defaults_for.empty()) prefix += " FOR ROLE " + RoleSql(g.defaults_for);
    if (!g.object.name.name.empty()) prefix += " IN SCHEMA " + model::QuoteIdent(g.object.name.name);
    prefix += " ";
    on = model::DefaultsClassName(g.defaults_on);
  } else {
    on = ObjectSql(g.object, catalog);
  }
  // A revoked PUBLIC default is held by revoking and lifted by granting.
  bool grant_sql = key.give != g.revokes_default;
  if (grant_sql)
    return prefix + "GRANT " + list + " ON " + on + " TO " + RoleSql(g.grantee) +
           (g.with_grant_option ? " WITH GRANT OPTION" : "") + ";\n";
  return prefix + "REVOKE " + (key.option_only ? "GRANT OPTION FOR " : "") + list + " ON " + on + " FROM " +
         RoleSql(g.grantee) + ";\n";
}

void PlanGrant(const diff::Change& change, StepContext& ctx) {
  // Changes of one statement are adjacent (the diff walks grants in order):
  // the first of them plans the statement for all.
  size_t index = &change - ctx.changes.data();
  if (index >= ctx.changes.size()) index = 0;  // not from the list: plan it alone
  StatementKey key = KeyOf(change);
  auto same = [&](size_t i) {
    const diff::Change& c = ctx.changes[i];
    return c.target.kind == ObjectKind::kPrivilege && c.aspect != diff::Aspect::kOwner &&
           SameStatement(KeyOf(c), key);
  };
  bool listed = &ctx.changes[index] == &change;
  if (listed && index > 0 && same(index - 1)) return;
  std::vector<std::string> privileges{key.grant.privilege};
  if (listed)
    for (size_t i = index + 1; i < ctx.changes.size() && same(i); ++i)
      privileges.push_back(KeyOf(ctx.changes[i]).grant.privilege);
  const Grant& g = key.grant;
  ObjectRef need = ObjectNeed(g);
  bool exists = g.defaults_on && g.object.name.name.empty() ? true : ctx.to.Exists(need);
  // Taking a privilege away from an object this migration drops: the drop does it.
  if (!key.give && !exists) return;
  Step& s = ctx.Add(StatementSql(key, privileges, ctx.to), kRankPrivilege, diff::Describe(change));
  // A table-level REVOKE also revokes the privilege on every column: column
  // grants to the same role come after it.
  if (!g.defaults_on && (g.object.kind == ObjectKind::kTable || g.object.kind == ObjectKind::kView ||
                         g.object.kind == ObjectKind::kMaterializedView || g.object.kind == ObjectKind::kColumn)) {
    ObjectRef revokes{ObjectKind::kPrivilege, g.object.name, "table-level revokes from " + g.grantee};
    if (!key.give && g.object.kind != ObjectKind::kColumn) s.drops.push_back(revokes);
    if (key.give && g.object.kind == ObjectKind::kColumn) s.waits_for_drop.push_back(revokes);
  }
  if (!need.name.name.empty()) {
    (key.give ? s.needs_new : s.needs_old).push_back(need);
    // Grants after an owner change, revokes before it: the new owner's
    // grants merge into its implicit privileges.
    ObjectRef owner = OwnerRef(g.object.kind == ObjectKind::kColumn ? TableRef(g.object.name) : g.object);
    (key.give ? s.needs_new : s.needs_old).push_back(owner);
  }
}

// ALTER <kind> ... OWNER TO.
void PlanOwner(const diff::Change& change, StepContext& ctx) {
  const auto& a = std::get<Grant>(change.after);
  const ObjectRef& object = a.object;
  if (!ctx.to.Exists(object)) return;  // dropped in this direction
  std::string what;
  switch (object.kind) {
    case ObjectKind::kTable: what = "TABLE"; break;
    case ObjectKind::kView: what = "VIEW"; break;
    case ObjectKind::kMaterializedView: what = "MATERIALIZED VIEW"; break;
    default: what = ""; break;
  }
  std::string target = what.empty() ? ObjectSql(object, ctx.to)
                                     : what + " " + model::QuoteQualified(object.name);
  Step& s = ctx.Add("ALTER " + target + " OWNER TO " + RoleSql(a.grantee) + ";\n", kRankPrivilege,
                    diff::Describe(change));
  s.needs_new = {object};
  s.creates = {OwnerRef(object)};
  s.drops = {OwnerRef(object)};
  // A sequence owned by a table follows it: the table's owner change first
  // (OWNED BY requires one owner for both).
  if (object.kind == ObjectKind::kSequence) {
    auto it = ctx.to.sequences.find(object.name);
    if (it != ctx.to.sequences.end() && it->second.owned_by)
      s.needs_new.push_back(OwnerRef(TableRef(it->second.owned_by->table)));
  }
}

}  // namespace

void PlanPrivilegeChange(const diff::Change& change, StepContext& ctx) {
  if (change.target.kind == ObjectKind::kOwner) return PlanOwner(change, ctx);
  PlanGrant(change, ctx);
}

}  // namespace sd::plan
