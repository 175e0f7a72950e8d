// CREATE/ALTER TYPE ... AS ENUM, CREATE SCHEMA, CREATE/ALTER EXTENSION.
#include <algorithm>

#include "model/quote.h"
#include "parser/catalog_rename.h"
#include "parser/transforms.h"

namespace sd::parser {

void ApplyCreateEnum(PgQuery__CreateEnumStmt* stmt, InterpContext& ctx) {
  auto names = StringsOf(stmt->n_type_name, stmt->type_name);
  model::QualifiedName name = ctx.ForCreate(names.size() > 1 ? names[names.size() - 2] : "", names.back());
  if (ctx.catalog().enums.count(name)) {
    ctx.Error("SD-P060", "type \"" + name.name + "\" already exists");
    return;
  }
  model::EnumType type;
  type.name = name;
  type.renamed_from = ctx.RenamedFrom(-1);
  for (size_t i = 0; i < stmt->n_vals; ++i) type.values.push_back(StringOf(stmt->vals[i]));
  // `-- schemadiff:renamed-from old` on a value's own line renames the value
  // (the statement's first line belongs to the type).
  int first_line = ctx.LineOf(ctx.FindInStatement(""));
  for (const auto& v : type.values) {
    int at = ctx.FindInStatement(model::QuoteLiteral(v));
    if (at < 0 || ctx.LineOf(at) == first_line) continue;
    std::string old = ctx.RenamedFrom(at);
    if (old.size() >= 2 && old.front() == '\'' && old.back() == '\'') old = old.substr(1, old.size() - 2);
    if (!old.empty() && old != v) type.value_renamed_from[v] = old;
  }
  ctx.catalog().enums[name] = type;
}

void ApplyAlterEnum(PgQuery__AlterEnumStmt* stmt, InterpContext& ctx) {
  auto names = StringsOf(stmt->n_type_name, stmt->type_name);
  model::QualifiedName name = ctx.ResolveType(names.size() > 1 ? names[names.size() - 2] : "", names.back());
  auto it = ctx.catalog().enums.find(name);
  if (it == ctx.catalog().enums.end()) {
    ctx.Error("SD-P061", "type \"" + name.name + "\" does not exist");
    return;
  }
  auto& values = it->second.values;
  std::string new_val = stmt->new_val ? stmt->new_val : "";
  if (stmt->old_val && *stmt->old_val) {  // RENAME VALUE
    auto v = std::find(values.begin(), values.end(), std::string(stmt->old_val));
    if (v == values.end()) {
      ctx.Error("SD-P062", "\"" + std::string(stmt->old_val) + "\" is not an existing enum label");
      return;
    }
    RenameEnumValue(ctx.catalog(), name, stmt->old_val, new_val);
    return;
  }
  if (std::find(values.begin(), values.end(), new_val) != values.end()) {
    if (!stmt->skip_if_new_val_exists) ctx.Error("SD-P063", "enum label \"" + new_val + "\" already exists");
    return;
  }
  std::string neighbor = stmt->new_val_neighbor ? stmt->new_val_neighbor : "";
  if (neighbor.empty()) {
    values.push_back(new_val);
    return;
  }
  auto n = std::find(values.begin(), values.end(), neighbor);
  if (n == values.end()) {
    ctx.Error("SD-P064", "\"" + neighbor + "\" is not an existing enum label");
    return;
  }
  values.insert(stmt->new_val_is_after ? n + 1 : n, new_val);
}

void ApplyCreateSchema(PgQuery__CreateSchemaStmt* stmt, InterpContext& ctx) {
  std::string name = stmt->schemaname ? stmt->schemaname : "";
  // CREATE SCHEMA AUTHORIZATION role: the schema takes the role's name.
  if (name.empty() && stmt->authrole && stmt->authrole->rolename) name = stmt->authrole->rolename;
  if (name.empty()) {
    ctx.Unmodelled("CREATE SCHEMA AUTHORIZATION without a name");
    return;
  }
  if (ctx.catalog().schemas.count(name)) {
    if (!stmt->if_not_exists) ctx.Error("SD-P065", "schema \"" + name + "\" already exists");
    return;
  }
  ctx.catalog().schemas[name] = model::Schema{name, std::nullopt, ctx.RenamedFrom(-1)};
  if (stmt->authrole) SetOwner({model::ObjectKind::kSchema, {"", name}, ""}, stmt->authrole, ctx);
  if (stmt->n_schema_elts) ctx.Unmodelled("CREATE SCHEMA with embedded statements");
}

void ApplyCreateExtension(PgQuery__CreateExtensionStmt* stmt, InterpContext& ctx) {
  std::string name = stmt->extname;
  if (ctx.catalog().extensions.count(name)) {
    if (!stmt->if_not_exists) ctx.Error("SD-P066", "extension \"" + name + "\" already exists");
    return;
  }
  model::Extension ext;
  ext.name = name;
  for (size_t i = 0; i < stmt->n_options; ++i) {
    PgQuery__DefElem* def = stmt->options[i]->def_elem;
    std::string opt = def->defname;
    if (opt == "schema") ext.schema = StringOf(def->arg);
    if (opt == "new_version") ext.version = StringOf(def->arg);
  }
  // Without WITH SCHEMA, PostgreSQL installs into the creation schema.
  if (ext.schema.empty()) ext.schema = ctx.CreationSchema();
  ctx.catalog().extensions[name] = ext;
}

void ApplyAlterExtension(PgQuery__AlterExtensionStmt* stmt, InterpContext& ctx) {
  auto it = ctx.catalog().extensions.find(stmt->extname);
  if (it == ctx.catalog().extensions.end()) {
    ctx.Error("SD-P067", "extension \"" + std::string(stmt->extname) + "\" does not exist");
    return;
  }
  for (size_t i = 0; i < stmt->n_options; ++i) {
    PgQuery__DefElem* def = stmt->options[i]->def_elem;
    if (std::string(def->defname) == "new_version") it->second.version = StringOf(def->arg);
  }
}

}  // namespace sd::parser
