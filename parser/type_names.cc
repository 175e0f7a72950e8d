#include "parser/type_names.h"

#include <unordered_map>
#include <unordered_set>

namespace sd::parser {
namespace {

// Catalog names whose canonical SQL spelling differs (format_type's output).
const std::unordered_map<std::string, std::string>& RenamedBuiltins() {
  static const std::unordered_map<std::string, std::string> map = {
      {"int2", "smallint"},
      {"int4", "integer"},
      {"int", "integer"},
      {"int8", "bigint"},
      {"float4", "real"},
      {"float8", "double precision"},
      {"bool", "boolean"},
      {"varchar", "character varying"},
      {"bpchar", "character"},
      {"varbit", "bit varying"},
      {"timestamp", "timestamp without time zone"},
      {"timestamptz", "timestamp with time zone"},
      {"time", "time without time zone"},
      {"timetz", "time with time zone"},
      {"decimal", "numeric"},
  };
  return map;
}

// Builtin pg_catalog types that users write unqualified and that keep their name.
const std::unordered_set<std::string>& PlainBuiltins() {
  static const std::unordered_set<std::string> set = {
      "text",     "numeric",  "date",     "interval", "bytea",    "json",     "jsonb",
      "uuid",     "inet",     "cidr",     "macaddr",  "macaddr8", "money",    "xml",
      "tsvector", "tsquery",  "oid",      "bit",      "point",    "line",     "lseg",
      "box",      "path",     "polygon",  "circle",   "regclass", "regtype",  "regproc",
      "name",     "smallint", "integer",  "bigint",   "real",     "boolean",  "int4range",
      "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange",
      "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
      "pg_lsn",   "txid_snapshot", "pg_snapshot", "jsonpath", "record", "void", "trigger",
      "anyelement", "anyarray", "cstring", "xid", "cid", "tid", "regconfig", "regdictionary",
      "regnamespace", "regrole", "regoper", "regoperator", "regprocedure", "regcollation",
      // pseudo-types of function parameters and results
      "event_trigger", "internal", "language_handler", "fdw_handler", "index_am_handler", "tsm_handler",
      "table_am_handler", "anyenum", "anynonarray", "anyrange", "anymultirange", "anycompatible",
      "anycompatiblearray", "anycompatiblenonarray", "anycompatiblerange", "anycompatiblemultirange",
      "pg_ddl_command",
  };
  return set;
}

SerialKind SerialOf(const std::string& name) {
  if (name == "serial" || name == "serial4") return SerialKind::kRegular;
  if (name == "bigserial" || name == "serial8") return SerialKind::kBig;
  if (name == "smallserial" || name == "serial2") return SerialKind::kSmall;
  return SerialKind::kNone;
}

std::string ModifierText(PgQuery__Node* node) {
  long long value = 0;
  if (IntegerOf(node, &value)) return std::to_string(value);
  if (node && node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
      node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
    return node->a_const->sval->sval;
  }
  if (node && node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
    auto fields = StringsOf(node->column_ref->n_fields, node->column_ref->fields);
    return fields.empty() ? "" : fields.back();
  }
  return "?";
}

}  // namespace

std::string BuiltinTypeName(const std::string& name) {
  auto it = RenamedBuiltins().find(name);
  return it == RenamedBuiltins().end() ? "" : it->second;
}

model::TypeRef CanonicalType(const PgQuery__TypeName* type, const InterpContext& ctx,
                             SerialKind* serial) {
  model::TypeRef out;
  std::vector<std::string> names = StringsOf(type->n_names, type->names);
  std::string schema = names.size() >= 2 ? names[names.size() - 2] : "";
  std::string name = names.empty() ? "" : names.back();
  for (size_t i = 0; i < type->n_typmods; ++i) out.modifiers.push_back(ModifierText(type->typmods[i]));
  out.array_dims = static_cast<int>(type->n_array_bounds);

  if (serial) *serial = SerialKind::kNone;
  if (schema.empty()) {
    SerialKind kind = SerialOf(name);
    if (kind != SerialKind::kNone) {
      if (serial) *serial = kind;
      out.name = kind == SerialKind::kBig ? "bigint"
                 : kind == SerialKind::kSmall ? "smallint" : "integer";
      return out;
    }
  }
  bool builtin_scope = schema == "pg_catalog" || schema.empty();
  std::string renamed = builtin_scope ? BuiltinTypeName(name) : "";
  if (schema == "pg_catalog" && name == "char") {
    out.name = "\"char\"";  // the internal single-byte type, not character(n)
  } else if (!renamed.empty() && (schema == "pg_catalog" || name != "char")) {
    out.name = renamed;
  } else if (schema == "pg_catalog" || (schema.empty() && PlainBuiltins().count(name))) {
    out.name = name;
  } else if (schema.empty() && name == "char") {
    out.name = "\"char\"";  // only the quoted spelling reaches here unqualified
  } else {
    model::QualifiedName resolved = ctx.ResolveType(schema, name);
    out.schema = resolved.schema;
    out.name = resolved.name;
    return out;
  }
  // character and bit without a length mean length 1 (not in casts, but a
  // column type is what we canonicalise here).
  if ((out.name == "character" || out.name == "bit") && out.modifiers.empty()) {
    out.modifiers.push_back("1");
  }
  if (out.name == "numeric" && out.modifiers.size() == 1) out.modifiers.push_back("0");
  // float(p) is spelled real / double precision by the grammar already.
  // INTERVAL fields are a bit mask (32767 = all fields, i.e. no restriction).
  if (out.name == "interval" && out.modifiers.size() == 1 && out.modifiers[0] == "32767") out.modifiers.clear();
  return out;
}

}  // namespace sd::parser
