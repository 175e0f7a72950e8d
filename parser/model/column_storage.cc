#include "model/column_storage.h"

#include <unordered_map>

namespace sd::model {
namespace {

// PostgreSQL 15's pg_type.typstorage of the builtin types that are not PLAIN
// (canonical names, as type_names.cc spells them).
const std::unordered_map<std::string, ColumnStorage>& BuiltinStorage() {
  using S = ColumnStorage;
  static const std::unordered_map<std::string, S> map = {
      {"numeric", S::kMain}, {"inet", S::kMain}, {"cidr", S::kMain},
      {"text", S::kExtended}, {"character varying", S::kExtended}, {"character", S::kExtended},
      {"bytea", S::kExtended}, {"json", S::kExtended}, {"jsonb", S::kExtended}, {"jsonpath", S::kExtended},
      {"xml", S::kExtended}, {"tsvector", S::kExtended}, {"bit", S::kExtended}, {"bit varying", S::kExtended},
      {"path", S::kExtended}, {"polygon", S::kExtended}, {"refcursor", S::kExtended},
      {"txid_snapshot", S::kExtended}, {"pg_snapshot", S::kExtended}, {"record", S::kExtended},
      {"int4range", S::kExtended}, {"int8range", S::kExtended}, {"numrange", S::kExtended},
      {"tsrange", S::kExtended}, {"tstzrange", S::kExtended}, {"daterange", S::kExtended},
      {"int4multirange", S::kExtended}, {"int8multirange", S::kExtended}, {"nummultirange", S::kExtended},
      {"tsmultirange", S::kExtended}, {"tstzmultirange", S::kExtended}, {"datemultirange", S::kExtended},
      {"pg_node_tree", S::kExtended},
  };
  return map;
}

}  // namespace

ColumnStorage TypeStorage(const TypeRef& type, const Catalog& catalog) {
  using S = ColumnStorage;
  if (type.array_dims) return S::kExtended;
  if (type.IsBuiltin()) {
    auto it = BuiltinStorage().find(type.name);
    return it == BuiltinStorage().end() ? S::kPlain : it->second;
  }
  QualifiedName name{type.schema, type.name};
  if (catalog.enums.count(name)) return S::kPlain;
  if (catalog.composite_types.count(name) || catalog.range_types.count(name) || catalog.tables.count(name) ||
      catalog.views.count(name))
    return S::kExtended;
  auto domain = catalog.domains.find(name);
  if (domain != catalog.domains.end()) return TypeStorage(domain->second.base_type, catalog);
  return S::kDefault;
}

}  // namespace sd::model
