// NULLs where the migration demands values: SET NOT NULL, a new PRIMARY KEY
// (its columns become NOT NULL), and ADD COLUMN ... NOT NULL without a
// default, which fails on the first existing row.
#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ObjectKind;

// Rows of `table` matching `where` (over `columns`), shown by their key.
void AddRowsCheck(const Context& ctx, std::string description, const model::QualifiedName& table,
                  std::vector<std::string> columns, const std::string& where, Shape shape, std::vector<Check>* out) {
  const std::string alias = model::QuoteIdent(table.name);
  std::vector<std::string> keys = RowKeyColumns(ctx, table);
  columns.insert(columns.end(), keys.begin(), keys.end());
  Source src = TableSource(ctx, table, columns, alias, shape);
  if (!src.unknown.empty()) return out->push_back(SkippedCheck(std::move(description), src.unknown));
  Check c = RowCheck(std::move(description), src.sql, where, RowLabel(alias, keys));
  c.uses_converts = src.uses_converts;
  out->push_back(std::move(c));
}

}  // namespace

void AddNotNullChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  const model::QualifiedName& table = change.target.name;
  if (!ctx.from.tables.count(table)) return;  // a new table is empty
  const std::string where = model::QuoteQualified(table);
  if (change.target.kind == ObjectKind::kColumn) {
    const model::Column* b = lint::ColumnAfter(change);
    if (!b) return;
    const std::string column = model::QuoteIdent(b->name);
    // A backfill expression may read what the migration creates, so it
    // cannot be evaluated before: the check is left out, with the reason.
    bool adds_not_null = (change.kind == ChangeKind::kAlter && change.aspect == Aspect::kColumnNotNull) ||
                         (change.kind == ChangeKind::kCreate && !b->default_value && !b->identity && !b->generated);
    if (b->not_null && adds_not_null && b->backfill) {
      out->push_back(SkippedCheck("NULLs in " + where + "." + column + " before SET NOT NULL",
                                  "filled by its schemadiff:backfill annotation, which may read objects the "
                                  "migration creates; SET NOT NULL fails if it leaves a row NULL"));
    } else if (change.kind == ChangeKind::kAlter && change.aspect == Aspect::kColumnNotNull && b->not_null) {
      // Converting a value never makes it NULL: the stored values decide.
      AddRowsCheck(ctx, "NULLs in " + where + "." + column + " before SET NOT NULL", table, {b->name},
                   column + " IS NULL", Shape::kStored, out);
    } else if (change.kind == ChangeKind::kCreate && b->not_null && !b->default_value && !b->identity &&
               !b->generated) {
      AddRowsCheck(ctx, "rows in " + where + " before ADD COLUMN " + column + " NOT NULL without a default", table, {},
                   "true", Shape::kStored, out);
    }
    return;
  }
  if (change.target.kind != ObjectKind::kConstraint || change.kind != ChangeKind::kCreate) return;
  const model::Constraint* k = lint::ConstraintAfter(change);
  if (!k || k->kind != model::ConstraintKind::kPrimaryKey) return;
  std::vector<std::string> keys;
  std::vector<std::string> columns;  // those that may hold NULL
  for (const auto& col : k->columns) {
    keys.push_back(model::QuoteIdent(col));
    if (!FilledPerRow(ctx, table, col)) columns.push_back(col);
  }
  if (columns.empty()) return;
  std::vector<std::string> tested;
  for (const auto& col : columns) tested.push_back(model::QuoteIdent(col));
  AddRowsCheck(ctx, "NULLs in " + where + " " + ColumnList(keys) + " before PRIMARY KEY " + model::QuoteIdent(k->name),
               table, columns, "NOT (" + AllNotNull(tested) + ")", Shape::kNew, out);
}

}  // namespace sd::audit
