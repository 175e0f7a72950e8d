// Data a DROP TABLE or DROP COLUMN destroys. Not a failure of the migration
// but of the audit: the user looks at what goes before allowing it.
#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {

void AddDropChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.kind != diff::ChangeKind::kDrop) return;
  const model::QualifiedName& table = change.target.name;
  if (!ctx.from.tables.count(table)) return;
  const std::string alias = model::QuoteIdent(table.name);
  std::string description;
  Source src;
  std::string where;
  std::string sample;
  if (change.target.kind == model::ObjectKind::kTable) {
    description = "rows in dropped table " + model::QuoteQualified(table);
    std::vector<std::string> keys = RowKeyColumns(ctx, table);
    src = TableSource(ctx, table, keys, alias, Shape::kStored);
    where = "true";
    sample = RowLabel(alias, keys);
  } else if (change.target.kind == model::ObjectKind::kColumn) {
    const model::Column* a = lint::ColumnBefore(change);
    // A generated column's values come back when it is added again.
    if (!a || a->generated) return;
    const std::string col = model::QuoteIdent(a->name);
    description = "values in dropped column " + model::QuoteQualified(table) + "." + col;
    src = TableSource(ctx, table, {a->name}, alias, Shape::kStored);
    where = col + " IS NOT NULL";
    sample = col;
  } else {
    return;
  }
  if (!src.unknown.empty()) return out->push_back(SkippedCheck(std::move(description), src.unknown));
  Check c = RowCheck(std::move(description), src.sql, where, sample);
  c.loss = true;
  out->push_back(std::move(c));
}

}  // namespace sd::audit
