#include "parser/default_opclass.h"

#include <unordered_map>

namespace sd::parser {
namespace {

// pg_opclass rows with opcdefault for btree, keyed by canonical type name
// (varchar and cidr use the opclass of the type they are binary-coercible to).
const std::unordered_map<std::string, std::string>& BuiltinDefaults() {
  static const std::unordered_map<std::string, std::string> map = {
      {"\"char\"", "char_ops"}, {"bigint", "int8_ops"}, {"bit", "bit_ops"}, {"bit varying", "varbit_ops"},
      {"boolean", "bool_ops"}, {"bytea", "bytea_ops"}, {"character", "bpchar_ops"},
      {"character varying", "text_ops"}, {"cidr", "inet_ops"}, {"date", "date_ops"},
      {"double precision", "float8_ops"}, {"inet", "inet_ops"}, {"integer", "int4_ops"},
      {"interval", "interval_ops"}, {"jsonb", "jsonb_ops"}, {"macaddr", "macaddr_ops"},
      {"macaddr8", "macaddr8_ops"}, {"money", "money_ops"}, {"name", "name_ops"}, {"numeric", "numeric_ops"},
      {"oid", "oid_ops"}, {"pg_lsn", "pg_lsn_ops"}, {"real", "float4_ops"}, {"smallint", "int2_ops"},
      {"text", "text_ops"}, {"tid", "tid_ops"}, {"time with time zone", "timetz_ops"},
      {"time without time zone", "time_ops"}, {"timestamp with time zone", "timestamptz_ops"},
      {"timestamp without time zone", "timestamp_ops"}, {"tsquery", "tsquery_ops"},
      {"tsvector", "tsvector_ops"}, {"uuid", "uuid_ops"}, {"xid8", "xid8_ops"},
  };
  return map;
}

}  // namespace

std::string DefaultBtreeOpclass(const model::TypeRef& type, const model::Catalog& catalog) {
  if (type.array_dims) return "array_ops";
  if (type.IsBuiltin()) {
    auto it = BuiltinDefaults().find(type.name);
    return it == BuiltinDefaults().end() ? "" : it->second;
  }
  model::QualifiedName name{type.schema, type.name};
  if (catalog.enums.count(name)) return "enum_ops";
  if (catalog.range_types.count(name)) return "range_ops";
  auto domain = catalog.domains.find(name);
  if (domain != catalog.domains.end()) return DefaultBtreeOpclass(domain->second.base_type, catalog);
  return "";
}

}  // namespace sd::parser
