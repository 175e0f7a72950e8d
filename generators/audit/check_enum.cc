// Rows holding an enum value the migration removes: the type swap converts
// every column of the type through text, and a removed label fails there.
#include <algorithm>

#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {

void AddEnumChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.target.kind != model::ObjectKind::kEnumType || change.aspect != diff::Aspect::kEnumValues) return;
  const auto* before = lint::Before<model::EnumType>(change);
  const auto* after = lint::After<model::EnumType>(change);
  if (!before || !after) return;
  std::string removed;
  for (const auto& v : before->values)
    if (std::find(after->values.begin(), after->values.end(), v) == after->values.end())
      removed += (removed.empty() ? "" : ", ") + model::QuoteLiteral(v);
  if (removed.empty()) return;
  const model::QualifiedName& type = change.target.name;
  const std::string labels = "CAST(ARRAY[" + removed + "] AS text[])";
  for (const auto& [name, table] : ctx.from.tables) {
    auto to_table = ctx.to.tables.find(name);
    if (to_table == ctx.to.tables.end()) continue;  // dropped: its own check reports its rows
    for (const auto& col : table.columns) {
      if (col.type.schema != type.schema || col.type.name != type.name) continue;
      const model::Column* kept = to_table->second.FindColumn(col.name);
      // Columns dropped or moved to another type have checks of their own.
      if (!kept || kept->type != col.type) continue;
      const std::string c = model::QuoteIdent(col.name);
      std::string description = "rows of " + model::QuoteQualified(name) + "." + c + " holding values removed from " +
                                model::QuoteQualified(type) + " (" + removed + ")";
      Source src = TableSource(ctx, name, {col.name}, model::QuoteIdent(name.name), Shape::kStored);
      if (!src.unknown.empty()) {
        out->push_back(SkippedCheck(std::move(description), src.unknown));
        continue;
      }
      std::string where = col.type.array_dims == 0 ? "CAST(" + c + " AS text) = ANY (" + labels + ")"
                                                   : "CAST(" + c + " AS text[]) && " + labels;
      out->push_back(RowCheck(std::move(description), src.sql, where, c));
    }
  }
}

}  // namespace sd::audit
