#include "model/catalog.h"

#include <algorithm>

namespace sd::model {

Catalog Catalog::Empty() {
  Catalog catalog;
  catalog.schemas["public"] = Schema{"public", std::string(kPublicSchemaComment), ""};
  return catalog;
}

bool Catalog::RelationExists(const QualifiedName& name) const {
  return tables.count(name) || indexes.count(name) || sequences.count(name);
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

}  // namespace sd::model
