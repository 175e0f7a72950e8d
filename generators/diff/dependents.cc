#include "diff/dependents.h"

#include <set>

namespace sd::diff {
namespace {

using model::ObjectKind;
using model::ObjectRef;

// What the changes drop or reshape in place: anything a dependent object
// uses from this set forces the dependent's drop before and create after.
std::set<ObjectRef> Disturbed(const model::Catalog& from, const std::vector<Change>& changes) {
  std::set<ObjectRef> out;
  for (const auto& c : changes) {
    if (c.kind == ChangeKind::kDrop) out.insert(c.target);
    if (c.kind == ChangeKind::kAlter && c.aspect == Aspect::kColumnType) out.insert(c.target);
    if (c.kind == ChangeKind::kAlter && c.aspect == Aspect::kRecreate &&
        (c.target.kind == ObjectKind::kDomain || c.target.kind == ObjectKind::kRangeType ||
         c.target.kind == ObjectKind::kCompositeType)) {
      // A re-created domain, range or composite type retypes its columns (steps_domain.cc).
      out.insert(c.target);
      for (const auto& [name, table] : from.tables)
        for (const auto& col : table.columns)
          if (col.type.schema == c.target.name.schema && col.type.name == c.target.name.name)
            out.insert({ObjectKind::kColumn, name, col.name});
    }
    if (c.kind == ChangeKind::kAlter && c.aspect == Aspect::kEnumValues) {
      const auto& a = std::get<model::EnumType>(c.before);
      const auto& b = std::get<model::EnumType>(c.after);
      if (model::EnumValuesOnlyAdded(a, b)) continue;
      // A swapped enum retypes every column of that type.
      out.insert(c.target);
      for (const auto& [name, table] : from.tables)
        for (const auto& col : table.columns)
          if (col.type.schema == c.target.name.schema && col.type.name == c.target.name.name)
            out.insert({ObjectKind::kColumn, name, col.name});
    }
  }
  return out;
}

bool UsesAny(const std::vector<ObjectRef>& deps, const std::set<ObjectRef>& disturbed) {
  for (const auto& d : deps)
    if (disturbed.count(d)) return true;
  return false;
}

// Walks objects present on both sides (unchanged), recreating those whose
// dependencies are disturbed; returns true when it added any.
template <typename Map, typename Deps>
bool RecreateUsers(const Map& from, const Map& to, const Deps& deps, std::set<ObjectRef>* touched,
                   std::set<ObjectRef>* disturbed, std::vector<Change>* out) {
  bool added = false;
  for (const auto& [key, a] : from) {
    auto it = to.find(key);
    if (it == to.end()) continue;
    const auto& b = it->second;
    ObjectRef ref = b.Ref();
    if (touched->count(ref)) continue;
    if (!UsesAny(deps(a), *disturbed) && !UsesAny(deps(b), *disturbed)) continue;
    out->push_back(Change{ChangeKind::kDrop, Aspect::kRecreate, ref, a, {}});
    out->push_back(Change{ChangeKind::kCreate, Aspect::kRecreate, ref, {}, b});
    touched->insert(ref);
    disturbed->insert(ref);
    added = true;
  }
  return added;
}

// Columns whose type an ALTER COLUMN TYPE changes. PostgreSQL re-parses a
// CHECK on such a column against the new type but keeps the literals' old
// types (`c IN (1, 2)` on float8 → numeric stays a float8 comparison), so
// the CHECK is dropped before and added after, as a fresh load would have it.
std::set<ObjectRef> RetypedColumns(const std::vector<Change>& changes) {
  std::set<ObjectRef> out;
  for (const auto& c : changes)
    if (c.kind == ChangeKind::kAlter && c.aspect == Aspect::kColumnType) out.insert(c.target);
  return out;
}

bool ChecksRetypedColumn(const model::QualifiedName& table, const model::Expr& check, const std::set<ObjectRef>& retyped) {
  for (const auto& col : check.columns)
    if (retyped.count({ObjectKind::kColumn, table, col})) return true;
  return false;
}

// A constraint PostgreSQL will not keep while something it uses goes away:
// a CHECK calling a re-created function or reading a retyped column, a
// foreign key whose referenced key (unique or primary key constraint, or
// unique index) is dropped, on either side.
bool ConstraintDisturbed(const model::Catalog& from, const model::Catalog& to, const model::QualifiedName& table,
                         const model::Constraint& a, const model::Constraint& b, const std::set<ObjectRef>& disturbed,
                         const std::set<ObjectRef>& retyped) {
  if (a.check && b.check)
    return UsesAny(a.check->functions, disturbed) || UsesAny(b.check->functions, disturbed) ||
           ChecksRetypedColumn(table, *a.check, retyped);
  if (a.foreign_key && b.foreign_key)
    return disturbed.count(from.ReferencedKey(a.foreign_key->ref_table, a.foreign_key->ref_columns)) ||
           disturbed.count(to.ReferencedKey(b.foreign_key->ref_table, b.foreign_key->ref_columns));
  return false;
}

void RecreateConstraints(const model::Catalog& from, const model::Catalog& to, const std::set<ObjectRef>& disturbed,
                         const std::set<ObjectRef>& retyped, std::set<ObjectRef>* touched, std::vector<Change>* out) {
  for (const auto& [name, a] : from.tables) {
    auto b = to.tables.find(name);
    if (b == to.tables.end()) continue;
    for (const auto& ca : a.constraints) {
      const model::Constraint* cb = b->second.FindConstraint(ca.name);
      ObjectRef ref{ObjectKind::kConstraint, name, ca.name};
      if (!cb || touched->count(ref) || !ConstraintDisturbed(from, to, name, ca, *cb, disturbed, retyped)) continue;
      out->push_back(Change{ChangeKind::kDrop, Aspect::kRecreate, ref, ConstraintObject{name, ca}, {}});
      out->push_back(Change{ChangeKind::kCreate, Aspect::kRecreate, ref, {}, ConstraintObject{name, *cb}});
      touched->insert(ref);
    }
  }
}

// Column defaults calling a re-created function: PostgreSQL will not drop
// the function under them, so the default is dropped before and set again
// after, as two default changes (the plan orders them around the function).
// Columns whose own changes already set the default are left to those.
void RecreateDefaults(const model::Catalog& from, const model::Catalog& to, const std::vector<Change>& changes,
                      const std::set<ObjectRef>& disturbed, std::vector<Change>* out) {
  std::set<ObjectRef> own;
  for (const auto& c : changes)
    if (c.target.kind == ObjectKind::kColumn &&
        (c.kind != ChangeKind::kAlter || c.aspect == Aspect::kColumnDefault || c.aspect == Aspect::kColumnType))
      own.insert(c.target);
  for (const auto& [name, a] : from.tables) {
    auto b = to.tables.find(name);
    if (b == to.tables.end()) continue;
    for (const auto& ca : a.columns) {
      const model::Column* cb = b->second.FindColumn(ca.name);
      ObjectRef ref{ObjectKind::kColumn, name, ca.name};
      if (!cb || !ca.default_value || !cb->default_value || own.count(ref)) continue;
      if (!UsesAny(ca.default_value->functions, disturbed) && !UsesAny(cb->default_value->functions, disturbed))
        continue;
      model::Column lifted_a = ca, lifted_b = *cb;
      lifted_a.default_value.reset();
      lifted_b.default_value.reset();
      out->push_back(Change{ChangeKind::kAlter, Aspect::kColumnDefault, ref, ColumnObject{name, ca},
                            ColumnObject{name, lifted_a}});
      out->push_back(Change{ChangeKind::kAlter, Aspect::kColumnDefault, ref, ColumnObject{name, lifted_b},
                            ColumnObject{name, *cb}});
    }
  }
}

}  // namespace

void AddForcedRecreates(const model::Catalog& from, const model::Catalog& to, std::vector<Change>* changes) {
  std::set<ObjectRef> disturbed = Disturbed(from, *changes);
  if (disturbed.empty()) return;
  // Objects with a change of their own are already handled by it.
  std::set<ObjectRef> touched;
  for (const auto& c : *changes) touched.insert(c.target);
  std::vector<Change> added;
  auto own = [](const auto& object) -> const std::vector<ObjectRef>& { return object.depends_on; };
  // An index on a materialized view goes with the view; an index whose
  // expressions call a re-created function goes with the function.
  // A dropped column takes its indexes with it (a generated column re-created
  // over a changed expression); a retyped one keeps them, rebuilt by ALTER.
  std::set<ObjectRef> dropped_columns;
  for (const auto& c : *changes)
    if (c.kind == ChangeKind::kDrop && c.target.kind == ObjectKind::kColumn) dropped_columns.insert(c.target);
  auto index_deps = [&dropped_columns](const model::Index& index) {
    std::vector<ObjectRef> deps{{ObjectKind::kMaterializedView, index.table, ""}};
    auto column = [&](const std::string& name) {
      ObjectRef ref{ObjectKind::kColumn, index.table, name};
      if (dropped_columns.count(ref)) deps.push_back(ref);
    };
    for (const auto& key : index.keys) {
      if (!key.column.empty()) column(key.column);
      if (key.expr)
        for (const auto& c : key.expr->columns) column(c);
    }
    if (index.where)
      for (const auto& c : index.where->columns) column(c);
    for (const auto& key : index.keys)
      if (key.expr) deps.insert(deps.end(), key.expr->functions.begin(), key.expr->functions.end());
    if (index.where) deps.insert(deps.end(), index.where->functions.begin(), index.where->functions.end());
    return deps;
  };
  // Views over views, and functions whose SQL-standard bodies or types use
  // them: repeat until nothing more is disturbed.
  while (RecreateUsers(from.views, to.views, own, &touched, &disturbed, &added) |
         RecreateUsers(from.functions, to.functions, own, &touched, &disturbed, &added)) {
  }
  RecreateConstraints(from, to, disturbed, RetypedColumns(*changes), &touched, &added);
  RecreateDefaults(from, to, *changes, disturbed, &added);
  RecreateUsers(from.indexes, to.indexes, index_deps, &touched, &disturbed, &added);
  RecreateUsers(from.triggers, to.triggers, own, &touched, &disturbed, &added);
  RecreateUsers(from.policies, to.policies, own, &touched, &disturbed, &added);
  for (auto& c : added) changes->push_back(std::move(c));
}

}  // namespace sd::diff
