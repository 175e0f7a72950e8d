#include "parser/catalog_rename.h"

#include <set>
#include <vector>

#include "model/quote.h"
#include "parser/expr_canon.h"
#include "parser/view_renames.h"

namespace sd::parser {
namespace {

// The keys of `map` in `schema`, copied so the map can change while they are used.
template <typename Map>
std::vector<model::QualifiedName> NamesIn(const Map& map, const std::string& schema) {
  std::vector<model::QualifiedName> out;
  for (const auto& [name, object] : map)
    if (name.schema == schema) out.push_back(name);
  return out;
}

// Views hold their dependencies by name; PostgreSQL by OID, so they follow
// a renamed relation (their queries too: view_renames.h).
void RetargetViewDependencies(model::Catalog& catalog, const model::QualifiedName& from,
                              const model::QualifiedName& to) {
  for (auto& [n, view] : catalog.views)
    for (auto& d : view.depends_on)
      if (d.name == from && d.kind != model::ObjectKind::kFunction) d.name = to;
}

// Grants and owners of a relation and of its columns: PostgreSQL keeps them
// on the object, so they follow it to its new name. Functions and types
// can share a relation's name but not these kinds.
void RetargetGrantsAndOwners(model::Catalog& catalog, const model::QualifiedName& from,
                             const model::QualifiedName& to) {
  auto moves = [&](const model::ObjectRef& ref) {
    switch (ref.kind) {
      case model::ObjectKind::kTable:
      case model::ObjectKind::kColumn:
      case model::ObjectKind::kView:
      case model::ObjectKind::kMaterializedView:
      case model::ObjectKind::kSequence: return ref.name == from;
      default: return false;
    }
  };
  std::set<model::Grant> grants;
  for (model::Grant g : catalog.grants) {
    if (!g.defaults_on && moves(g.object)) g.object.name = to;
    grants.insert(std::move(g));
  }
  catalog.grants = std::move(grants);
  std::vector<model::ObjectRef> owned;
  for (const auto& [ref, owner] : catalog.owners)
    if (moves(ref)) owned.push_back(ref);
  for (const auto& ref : owned) {
    auto node = catalog.owners.extract(ref);
    node.key().name = to;
    catalog.owners.insert(std::move(node));
  }
}

// Policies are kept by table OID: they follow a renamed table, as do their
// dependencies on its columns.
void RetargetPolicies(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  std::vector<model::ObjectRef> policies;
  for (const auto& [ref, p] : catalog.policies)
    if (p.table == from) policies.push_back(ref);
  for (const auto& ref : policies) {
    auto policy = catalog.policies.extract(ref);
    policy.mapped().table = to;
    for (auto& d : policy.mapped().depends_on)
      if (d.name == from && d.kind != model::ObjectKind::kFunction) d.name = to;
    policy.key() = policy.mapped().Ref();
    catalog.policies.insert(std::move(policy));
  }
}

}  // namespace


void RenameTable(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                 InterpContext& ctx) {
  auto node = catalog.tables.extract(from);
  node.key() = to;
  node.mapped().name = to;
  catalog.tables.insert(std::move(node));
  for (auto& [n, index] : catalog.indexes)
    if (index.table == from) index.table = to;
  for (auto& [n, seq] : catalog.sequences)
    if (seq.owned_by && seq.owned_by->table == from) seq.owned_by->table = to;
  // Triggers are keyed by their table.
  std::vector<model::ObjectRef> triggers;
  for (auto& [ref, t] : catalog.triggers)
    if (t.table == from) triggers.push_back(ref);
  for (const auto& ref : triggers) {
    auto trigger = catalog.triggers.extract(ref);
    trigger.mapped().table = to;
    for (auto& d : trigger.mapped().depends_on)
      if (d.name == from && d.kind != model::ObjectKind::kFunction) d.name = to;
    trigger.key() = trigger.mapped().Ref();
    catalog.triggers.insert(std::move(trigger));
  }
  for (auto& [n, table] : catalog.tables)
    for (auto& c : table.constraints)
      if (c.foreign_key && c.foreign_key->ref_table == from) c.foreign_key->ref_table = to;
  RetargetViewDependencies(catalog, from, to);
  RetargetPolicies(catalog, from, to);
  RetargetGrantsAndOwners(catalog, from, to);
  FollowRelationRename(from, to, ctx);
}

void RenameView(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                InterpContext& ctx) {
  auto node = catalog.views.extract(from);
  if (node.empty()) return;
  node.key() = to;
  node.mapped().name = to;
  catalog.views.insert(std::move(node));
  for (auto& [n, index] : catalog.indexes)
    if (index.table == from) index.table = to;
  RetargetViewDependencies(catalog, from, to);
  RetargetGrantsAndOwners(catalog, from, to);
  FollowRelationRename(from, to, ctx);
}

void RenameColumn(model::Catalog& catalog, model::Table& table, const std::string& from, const std::string& to,
                  InterpContext& ctx) {
  for (auto& col : table.columns) {
    if (col.name == from) col.name = to;
    if (col.generated) RenameColumnInExpr(&*col.generated, from, to, ctx);
  }
  auto rename_in = [&](std::vector<std::string>& names) {
    for (auto& n : names)
      if (n == from) n = to;
  };
  auto rename_keys = [&](std::vector<model::IndexKey>& keys) {
    for (auto& k : keys) {
      if (k.column == from) k.column = to;
      if (k.expr) RenameColumnInExpr(&*k.expr, from, to, ctx);
    }
  };
  for (auto& c : table.constraints) {
    rename_in(c.columns);
    rename_in(c.include);
    if (c.check) RenameColumnInExpr(&*c.check, from, to, ctx);
    rename_keys(c.exclusion_keys);
  }
  for (auto& [n, index] : catalog.indexes) {
    if (index.table != table.name) continue;
    rename_keys(index.keys);
    rename_in(index.include);
    if (index.where) RenameColumnInExpr(&*index.where, from, to, ctx);
  }
  for (auto& [n, seq] : catalog.sequences)
    if (seq.owned_by && seq.owned_by->table == table.name && seq.owned_by->column == from) seq.owned_by->column = to;
  // Column privileges stay on the column.
  std::set<model::Grant> grants;
  for (model::Grant g : catalog.grants) {
    if (g.object.kind == model::ObjectKind::kColumn && g.object.name == table.name && g.object.sub == from)
      g.object.sub = to;
    grants.insert(std::move(g));
  }
  catalog.grants = std::move(grants);
  for (auto& [n, other] : catalog.tables)
    for (auto& c : other.constraints)
      if (c.foreign_key && c.foreign_key->ref_table == table.name) rename_in(c.foreign_key->ref_columns);
  FollowColumnRename(table.name, from, to, ctx);
}

void RenameSequence(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to,
                    InterpContext& ctx) {
  auto node = catalog.sequences.extract(from);
  node.key() = to;
  node.mapped().name = to;
  catalog.sequences.insert(std::move(node));
  RetargetGrantsAndOwners(catalog, from, to);
  // nextval() defaults follow the sequence (PostgreSQL stores its OID).
  for (auto& [n, table] : catalog.tables)
    for (auto& col : table.columns)
      if (col.default_value && std::count(col.default_value->sequences.begin(), col.default_value->sequences.end(), from))
        col.default_value.Modify([&](model::Expr& e) { RenameSequenceInExpr(&e, from, to, ctx); });
}

bool RenameIndex(model::Catalog& catalog, const model::QualifiedName& from, const std::string& to) {
  auto node = catalog.indexes.extract(from);
  if (node.empty()) {
    // Renaming a key constraint's index renames the constraint.
    for (auto& [n, table] : catalog.tables)
      if (n.schema == from.schema)
        if (model::Constraint* c = table.FindConstraint(from.name)) {
          c->name = to;
          return true;
        }
    return false;
  }
  node.key() = {from.schema, to};
  node.mapped().name = node.key();
  catalog.indexes.insert(std::move(node));
  return true;
}

void RenameEnumType(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  auto node = catalog.enums.extract(from);
  if (node.empty()) return;
  node.key() = to;
  node.mapped().name = to;
  catalog.enums.insert(std::move(node));
  RetargetTypeReferences(catalog, from, to);
}

namespace {

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) s->replace(at, from.size(), to);
}

void RenameLiteral(model::Expr& expr, const std::string& from, const std::string& to) {
  ReplaceAll(&expr.text, from, to);
  ReplaceAll(&expr.key, from, to);
}

void RenameLiteral(model::Boxed<model::Expr>& expr, const std::string& from, const std::string& to) {
  if (expr) RenameLiteral(*expr, from, to);
}

void RenameLiteral(model::Shared<model::Expr>& expr, const std::string& from, const std::string& to) {
  // A default shared by many columns is copied only where the literal is.
  if (expr && (expr->text.find(from) != std::string::npos || expr->key.find(from) != std::string::npos))
    expr.Modify([&](model::Expr& e) { RenameLiteral(e, from, to); });
}

}  // namespace

void RenameEnumValue(model::Catalog& catalog, const model::QualifiedName& type, const std::string& from,
                     const std::string& to) {
  auto it = catalog.enums.find(type);
  if (it == catalog.enums.end()) return;
  for (auto& v : it->second.values)
    if (v == from) v = to;
  const std::string a = model::QuoteLiteral(from), b = model::QuoteLiteral(to);
  for (auto& [name, table] : catalog.tables) {
    bool uses = false;
    for (auto& col : table.columns)
      if (col.type.schema == type.schema && col.type.name == type.name) {
        uses = true;
        RenameLiteral(col.default_value, a, b);
      }
    if (!uses) continue;
    // A literal equal to the old value in an expression of this table is
    // taken for an enum constant: a heuristic, as expressions carry no types.
    for (auto& c : table.constraints) RenameLiteral(c.check, a, b);
    for (auto& [iname, index] : catalog.indexes) {
      if (index.table != name) continue;
      RenameLiteral(index.where, a, b);
      for (auto& k : index.keys) RenameLiteral(k.expr, a, b);
    }
  }
}

namespace {

template <typename Map>
bool MoveType(Map& map, const model::QualifiedName& from, const model::QualifiedName& to) {
  auto node = map.extract(from);
  if (node.empty()) return false;
  node.key() = to;
  node.mapped().name = to;
  map.insert(std::move(node));
  return true;
}

}  // namespace

bool RenameUserType(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  if (catalog.enums.count(from)) {
    RenameEnumType(catalog, from, to);
    return true;
  }
  if (!MoveType(catalog.domains, from, to) && !MoveType(catalog.composite_types, from, to) &&
      !MoveType(catalog.range_types, from, to))
    return false;
  RetargetTypeReferences(catalog, from, to);
  return true;
}

void RetargetTypeReferences(model::Catalog& catalog, const model::QualifiedName& from, const model::QualifiedName& to) {
  auto retarget = [&](model::TypeRef& type) {
    if (type.schema == from.schema && type.name == from.name) {
      type.schema = to.schema;
      type.name = to.name;
    }
  };
  auto retarget_deps = [&](std::vector<model::ObjectRef>& deps) {
    for (auto& d : deps)
      if (d.name == from && d.sub.empty()) d.name = to;
  };
  for (auto& [n, table] : catalog.tables)
    for (auto& col : table.columns) retarget(col.type);
  for (auto& [n, d] : catalog.domains) {
    retarget(d.base_type);
    retarget_deps(d.depends_on);
  }
  for (auto& [n, c] : catalog.composite_types) {
    for (auto& a : c.attributes) retarget(a.type);
    retarget_deps(c.depends_on);
  }
  for (auto& [n, r] : catalog.range_types) {
    retarget(r.subtype);
    retarget_deps(r.depends_on);
  }
}

void RenameSchema(model::Catalog& catalog, const std::string& from, const std::string& to, InterpContext& ctx) {
  auto schema = catalog.schemas.extract(from);
  schema.key() = to;
  schema.mapped().name = to;
  catalog.schemas.insert(std::move(schema));
  for (auto& n : NamesIn(catalog.enums, from)) RenameEnumType(catalog, n, {to, n.name});
  for (auto& n : NamesIn(catalog.domains, from)) RenameUserType(catalog, n, {to, n.name});
  for (auto& n : NamesIn(catalog.composite_types, from)) RenameUserType(catalog, n, {to, n.name});
  for (auto& n : NamesIn(catalog.range_types, from)) RenameUserType(catalog, n, {to, n.name});
  for (auto& [n, r] : catalog.range_types)
    if (r.multirange.schema == from) r.multirange.schema = to;
  for (auto& n : NamesIn(catalog.sequences, from)) RenameSequence(catalog, n, {to, n.name}, ctx);
  for (auto& n : NamesIn(catalog.tables, from)) RenameTable(catalog, n, {to, n.name}, ctx);
  for (auto& n : NamesIn(catalog.views, from)) RenameView(catalog, n, {to, n.name}, ctx);
  for (auto& n : NamesIn(catalog.indexes, from)) {
    auto node = catalog.indexes.extract(n);
    node.key() = {to, n.name};
    node.mapped().name = node.key();
    catalog.indexes.insert(std::move(node));
  }
  for (auto& [n, ext] : catalog.extensions)
    if (ext.schema == from) ext.schema = to;
}

}  // namespace sd::parser
