// Violations before a CHECK constraint is added (without NOT VALID) or
// validated: rows where the expression is false. NULL passes a CHECK.
#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {

void AddCheckConstraintChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.target.kind != model::ObjectKind::kConstraint) return;
  bool adds = change.kind == diff::ChangeKind::kCreate;
  bool validates = change.kind == diff::ChangeKind::kAlter && change.aspect == diff::Aspect::kConstraintValidate;
  const model::Constraint* k = lint::ConstraintAfter(change);
  if ((!adds && !validates) || !k || k->kind != model::ConstraintKind::kCheck || !k->check || k->not_valid) return;
  const model::QualifiedName& table = change.target.name;
  if (!ctx.from.tables.count(table)) return;  // a new table is empty
  std::string description = "violations of CHECK " + model::QuoteIdent(k->name) + " on " +
                            model::QuoteQualified(table);
  if (!TypesExistBefore(ctx, k->check->types))
    return out->push_back(SkippedCheck(std::move(description), "the expression names a type created by the migration"));
  // The expression is written with unqualified (or table-qualified) column
  // names: the source keeps the table's name as its alias.
  const std::string alias = model::QuoteIdent(table.name);
  std::vector<std::string> keys = RowKeyColumns(ctx, table);
  std::vector<std::string> columns = k->check->columns;
  columns.insert(columns.end(), keys.begin(), keys.end());
  Source src = TableSource(ctx, table, columns, alias, Shape::kNew);
  if (!src.unknown.empty()) return out->push_back(SkippedCheck(std::move(description), src.unknown));
  Check c = RowCheck(std::move(description), src.sql, "NOT (" + k->check->text + ")", RowLabel(alias, keys));
  c.uses_converts = src.uses_converts;
  out->push_back(std::move(c));
}

}  // namespace sd::audit
