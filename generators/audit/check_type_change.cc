// Values an ALTER COLUMN ... TYPE cannot keep: values that fail to convert
// (tried one by one, as PostgreSQL 15 has no pg_input_is_valid), strings
// longer than a new varchar(n) / char(n), and numbers that a new numeric
// scale or an integer type would round.
#include <cstdlib>

#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"
#include "plan/type_change.h"

namespace sd::audit {
namespace {

bool IsString(const model::TypeRef& t) {
  return t.IsBuiltin() && (t.name == "text" || t.name == "character varying" || t.name == "character");
}

bool IsInteger(const std::string& n) { return n == "smallint" || n == "integer" || n == "bigint"; }

bool IsFractional(const std::string& n) { return n == "numeric" || n == "real" || n == "double precision"; }

int Scale(const model::TypeRef& t) { return t.modifiers.size() > 1 ? std::atoi(t.modifiers[1].c_str()) : 0; }

// True when converting can round: the target keeps fewer fractional digits.
bool CanRound(const model::TypeRef& a, const model::TypeRef& b) {
  if (!a.IsBuiltin() || !b.IsBuiltin() || a.array_dims || b.array_dims || !IsFractional(a.name)) return false;
  if (IsInteger(b.name)) return true;
  if (b.name != "numeric" || b.modifiers.empty()) return false;
  return a.name != "numeric" || a.modifiers.empty() || Scale(a) > Scale(b);
}

// The label list of enum `type` in NEW as a text array literal.
std::string Labels(const Context& ctx, const model::TypeRef& type) {
  std::string out;
  auto it = ctx.to.enums.find({type.schema, type.name});
  if (it != ctx.to.enums.end())
    for (const auto& v : it->second.values) out += (out.empty() ? "" : ", ") + model::QuoteLiteral(v);
  return "CAST(ARRAY[" + out + "] AS text[])";
}

}  // namespace

void AddTypeChangeChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.target.kind != model::ObjectKind::kColumn || change.kind != diff::ChangeKind::kAlter ||
      change.aspect != diff::Aspect::kColumnType)
    return;
  const model::Column* a = lint::ColumnBefore(change);
  const model::Column* b = lint::ColumnAfter(change);
  const model::QualifiedName& table = change.target.name;
  if (!a || !b || a->type == b->type || !ctx.from.tables.count(table)) return;
  if (!plan::NeedsUsing(a->type, b->type) && plan::IsLosslessConversion(a->type, b->type)) return;
  const std::string alias = model::QuoteIdent(table.name);
  const std::string col = model::QuoteIdent(b->name);
  const std::string name = model::QuoteQualified(table) + "." + col;
  const std::string type = model::TypeSql(b->type);
  Source src = TableSource(ctx, table, {b->name}, alias, Shape::kStored);
  if (!src.unknown.empty()) return out->push_back(SkippedCheck("values of " + name + " for type " + type, src.unknown));
  const std::string present = col + " IS NOT NULL AND ";

  auto enum_it = ctx.to.enums.find({b->type.schema, b->type.name});
  if (enum_it != ctx.to.enums.end() && a->type.array_dims == b->type.array_dims) {
    // An enum the migration may create yet: compare labels, not the type.
    std::string where = b->type.array_dims == 0
                            ? present + "NOT (CAST(" + col + " AS text) = ANY (" + Labels(ctx, b->type) + "))"
                            : present + "NOT (CAST(" + col + " AS text[]) <@ " + Labels(ctx, b->type) + ")";
    out->push_back(RowCheck("values of " + name + " that are not labels of " + type, src.sql, where, col));
  } else if (!IsString(b->type) || b->type.array_dims != a->type.array_dims) {
    // Anything converts to a string type (through its text form).
    if (!TypesExistBefore(ctx, {{b->type.schema, b->type.name}})) {
      out->push_back(SkippedCheck("values of " + name + " that do not convert to " + type,
                                  "the type does not exist before migrating"));
    } else {
      Check c = RowCheck("values of " + name + " that do not convert to " + type, src.sql,
                         present + "NOT " + ConvertsCall(col, ConversionSql(a->type, b->type)), col);
      c.uses_converts = true;
      out->push_back(std::move(c));
    }
  }

  if (IsString(b->type) && b->type.name != "text" && !b->type.array_dims && !b->type.modifiers.empty()) {
    // The assignment cast ALTER TYPE uses rejects (does not cut) longer values.
    const std::string n = b->type.modifiers[0];
    out->push_back(RowCheck("values of " + name + " longer than " + n + " characters for " + type, src.sql,
                            present + "char_length(CAST(" + col + " AS text)) > " + n, col));
  }

  if (CanRound(a->type, b->type)) {
    Check c = RowCheck("values of " + name + " rounded by " + type, src.sql,
                       present + "CASE WHEN " + ConvertsCall(col, ConversionSql(a->type, b->type)) +
                           " THEN CAST(CAST(" + col + " AS " + type + ") AS numeric) <> CAST(" + col +
                           " AS numeric) ELSE false END",
                       col);
    c.uses_converts = true;
    out->push_back(std::move(c));
  }
}

}  // namespace sd::audit
