#include "audit/source.h"

#include <algorithm>

#include "lint/facts.h"
#include "model/quote.h"
#include "plan/type_change.h"

namespace sd::audit {
namespace {

// The conversion ALTER COLUMN ... TYPE applies to `value`: the plan casts
// between two user types through text (no cast exists between two enums).
std::string Conversion(const std::string& value, const model::TypeRef& from, const model::TypeRef& to) {
  if (!from.IsBuiltin() && !to.IsBuiltin()) {
    std::string text = "text";
    for (int i = 0; i < to.array_dims; ++i) text += "[]";
    return "CAST(CAST(" + value + " AS " + text + ") AS " + model::TypeSql(to) + ")";
  }
  return "CAST(" + value + " AS " + model::TypeSql(to) + ")";
}

// The value an added column has in every existing row, or why it cannot be
// known before migrating.
std::string AddedColumnValue(const Context& ctx, const model::Column& column, std::string* unknown) {
  const std::string type = model::TypeSql(column.type);
  if (column.identity) {
    *unknown = "added identity column " + column.name + " is filled from a sequence";
  } else if (column.generated) {
    *unknown = "added generated column " + column.name + " is computed by the migration";
  } else if (!column.type.IsBuiltin() && !TypesExistBefore(ctx, {{column.type.schema, column.type.name}})) {
    *unknown = "the type of added column " + column.name + " does not exist before migrating";
  } else if (column.default_value) {
    const model::Expr& d = *column.default_value;
    // Evaluating a volatile default here would consume sequence values or
    // give other values than the migration will.
    if (!lint::VolatileCalls(d).empty() || !d.sequences.empty())
      *unknown = "added column " + column.name + " has a volatile default";
    else if (!TypesExistBefore(ctx, d.types))
      *unknown = "the default of added column " + column.name + " names a type created by the migration";
    else
      return "CAST((" + d.text + ") AS " + type + ")";
  } else {
    return "CAST(NULL AS " + type + ")";
  }
  return "";
}

}  // namespace

bool TypesExistBefore(const Context& ctx, const std::vector<model::QualifiedName>& types) {
  for (const auto& t : types) {
    if (t.schema.empty() || t.schema == "pg_catalog") continue;
    // A renamed type exists before, but under another name than SQL here uses.
    if (!ctx.from.enums.count(t) || ctx.names.Type(t) != t) return false;
  }
  return true;
}

std::string ConversionSql(const model::TypeRef& from, const model::TypeRef& to) { return Conversion("$1", from, to); }

std::string ConvertsCall(const std::string& value_sql, const std::string& conversion_sql) {
  return "pg_temp.sd_audit_converts(" + value_sql + ", " + model::QuoteLiteral(conversion_sql) + ")";
}

Source TableSource(const Context& ctx, const model::QualifiedName& table, const std::vector<std::string>& columns,
                   const std::string& alias, Shape shape) {
  Source out;
  auto old_it = ctx.from.tables.find(table);
  if (old_it == ctx.from.tables.end()) {
    out.unknown = "table " + lint::Name(table) + " is created by the migration";
    return out;
  }
  const model::Table* new_table = nullptr;
  if (shape == Shape::kNew) {
    auto it = ctx.to.tables.find(table);
    if (it != ctx.to.tables.end()) new_table = &it->second;
  }
  std::vector<std::string> seen;
  std::vector<std::string> items;
  bool plain = true;  // every column read as stored, under the same name
  for (const auto& col : columns) {
    if (std::find(seen.begin(), seen.end(), col) != seen.end()) continue;
    seen.push_back(col);
    const std::string name = model::QuoteIdent(col);
    const model::Column* old_col = old_it->second.FindColumn(col);
    const model::Column* new_col = new_table ? new_table->FindColumn(col) : nullptr;
    std::string value;
    if (old_col) {
      const std::string stored = model::QuoteIdent(ctx.names.Column(table, col));
      value = stored;
      if (new_col && new_col->type != old_col->type) {
        if (!new_col->type.IsBuiltin() &&
            !TypesExistBefore(ctx, {{new_col->type.schema, new_col->type.name}})) {
          out.unknown = "the new type of " + lint::ColumnName(table, col) + " does not exist before migrating";
          return out;
        }
        std::string converted = Conversion(stored, old_col->type, new_col->type);
        if (plan::IsLosslessConversion(old_col->type, new_col->type)) {
          value = converted;
        } else {
          // Values that do not convert are NULL here; their own check reports them.
          value = "CASE WHEN " + ConvertsCall(stored, ConversionSql(old_col->type, new_col->type)) + " THEN " +
                  converted + " END";
          out.uses_converts = true;
        }
      }
    } else {
      if (!new_col) {
        out.unknown = "column " + lint::ColumnName(table, col) + " does not exist before migrating";
        return out;
      }
      value = AddedColumnValue(ctx, *new_col, &out.unknown);
      if (!out.unknown.empty()) return out;
    }
    if (value != name) plain = false;
    items.push_back(value == name ? name : value + " AS " + name);
  }
  const std::string original = model::QuoteQualified(ctx.names.Table(table));
  if (plain) {
    out.sql = original + " AS " + alias;
    return out;
  }
  std::string list;
  for (const auto& item : items) list += (list.empty() ? "" : ", ") + item;
  out.sql = "(SELECT " + list + " FROM " + original + ") AS " + alias;
  return out;
}

bool FilledPerRow(const Context& ctx, const model::QualifiedName& table, const std::string& column) {
  auto old_it = ctx.from.tables.find(table);
  auto new_it = ctx.to.tables.find(table);
  if (old_it == ctx.from.tables.end() || new_it == ctx.to.tables.end() || old_it->second.FindColumn(column))
    return false;
  const model::Column* c = new_it->second.FindColumn(column);
  return c && (c->identity || (c->default_value && !c->default_value->sequences.empty()));
}

std::vector<std::string> RowKeyColumns(const Context& ctx, const model::QualifiedName& table) {
  auto it = ctx.from.tables.find(table);
  if (it == ctx.from.tables.end()) return {};
  const model::Constraint* pk = it->second.PrimaryKey();
  return pk ? pk->columns : std::vector<std::string>{};
}

std::string RowLabel(const std::string& alias, const std::vector<std::string>& key_columns) {
  if (key_columns.empty()) return "ROW(" + alias + ".*)";
  std::vector<std::string> refs;
  for (const auto& c : key_columns) refs.push_back(alias + "." + model::QuoteIdent(c));
  return SampleOf(refs);
}

}  // namespace sd::audit
