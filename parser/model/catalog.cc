#include "model/catalog.h"

#include <algorithm>

namespace sd::model {

Catalog Catalog::Empty() {
  Catalog catalog;
  catalog.schemas["public"] = Schema{"public", std::string(kPublicSchemaComment), ""};
  return catalog;
}

bool Catalog::RelationExists(const QualifiedName& name) const {
  return tables.count(name) || views.count(name) || indexes.count(name) || sequences.count(name);
}

ObjectRef Catalog::UserTypeRef(const QualifiedName& name) const {
  ObjectKind kind = ObjectKind::kEnumType;
  if (domains.count(name)) kind = ObjectKind::kDomain;
  else if (composite_types.count(name)) kind = ObjectKind::kCompositeType;
  else if (range_types.count(name)) kind = ObjectKind::kRangeType;
  return {kind, name, ""};
}

bool Catalog::TypeExists(const QualifiedName& name) const {
  return enums.count(name) || domains.count(name) || composite_types.count(name) || range_types.count(name);
}

bool Catalog::Exists(const ObjectRef& ref) const {
  switch (ref.kind) {
    case ObjectKind::kSchema: return schemas.count(ref.name.name) > 0;
    case ObjectKind::kExtension: return extensions.count(ref.name.name) > 0;
    case ObjectKind::kTable: return tables.count(ref.name) > 0;
    case ObjectKind::kColumn: {
      auto it = tables.find(ref.name);
      if (it != tables.end()) return it->second.FindColumn(ref.sub) != nullptr;
      auto v = views.find(ref.name);
      return v != views.end() && std::find(v->second.columns.begin(), v->second.columns.end(), ref.sub) !=
                                     v->second.columns.end();
    }
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView: {
      auto it = views.find(ref.name);
      return it != views.end() && it->second.Ref().kind == ref.kind;
    }
    case ObjectKind::kSequence: return sequences.count(ref.name) > 0;
    case ObjectKind::kIndex: return indexes.count(ref.name) > 0;
    case ObjectKind::kEnumType: return enums.count(ref.name) > 0;
    case ObjectKind::kDomain: return domains.count(ref.name) > 0;
    case ObjectKind::kCompositeType: return composite_types.count(ref.name) > 0;
    case ObjectKind::kRangeType: return range_types.count(ref.name) > 0;
    case ObjectKind::kFunction: return functions.count(ref) > 0;
    case ObjectKind::kTrigger: return triggers.count(ref) > 0;
    case ObjectKind::kPolicy: return policies.count(ref) > 0;
    default: return false;
  }
}

ObjectRef Catalog::ReferencedKey(const QualifiedName& table,
                                 const std::vector<std::string>& columns) const {
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  auto wanted = sorted(columns);
  auto it = tables.find(table);
  if (it != tables.end()) {
    for (const Constraint& c : it->second.constraints) {
      bool is_key = c.kind == ConstraintKind::kPrimaryKey || c.kind == ConstraintKind::kUnique;
      if (is_key && sorted(c.columns) == wanted) {
        return {ObjectKind::kConstraint, table, c.name};
      }
    }
  }
  for (const auto& [name, index] : indexes) {
    if (index.table != table || !index.unique || index.where) continue;
    std::vector<std::string> cols;
    for (const IndexKey& key : index.keys) cols.push_back(key.column);
    if (sorted(cols) == wanted) return {ObjectKind::kIndex, name, ""};
  }
  return {ObjectKind::kTable, {}, ""};
}

ColumnsByType IndexColumnsByType(const Catalog& catalog) {
  ColumnsByType out;
  for (const auto& [name, table] : catalog.tables)
    for (const auto& col : table.columns)
      if (!col.type.IsBuiltin()) out[{col.type.schema, col.type.name}].emplace_back(name, col.name);
  return out;
}

}  // namespace sd::model
