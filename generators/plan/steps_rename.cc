// Renames: forward they run before every other step (which use the new
// names), backward after every other step (which still use the new names).
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

// Members first, then relations and types, then schemas: each rename is
// spelled with the names in force before any rename of its container.
int SubOrder(model::ObjectKind kind) {
  switch (kind) {
    case model::ObjectKind::kColumn:
    case model::ObjectKind::kConstraint:
    case model::ObjectKind::kIndex: return 0;
    case model::ObjectKind::kSchema: return 2;
    default: return 1;
  }
}

}  // namespace

void PlanRenameChange(const diff::Change& change, StepContext& ctx) {
  const auto& from = std::get<model::ObjectRef>(change.before);
  const auto& to = std::get<model::ObjectRef>(change.after);
  std::string sql;
  switch (from.kind) {
    case model::ObjectKind::kColumn:
      sql = AlterTable(from.name) + " RENAME COLUMN " + model::QuoteIdent(from.sub) + " TO " + model::QuoteIdent(to.sub);
      break;
    case model::ObjectKind::kConstraint:
      sql = AlterTable(from.name) + " RENAME CONSTRAINT " + model::QuoteIdent(from.sub) + " TO " +
            model::QuoteIdent(to.sub);
      break;
    case model::ObjectKind::kIndex:
      sql = "ALTER INDEX " + model::QuoteQualified(from.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kTable:
      sql = AlterTable(from.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kView:
      sql = "ALTER VIEW " + model::QuoteQualified(from.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kMaterializedView:
      sql = "ALTER MATERIALIZED VIEW " + model::QuoteQualified(from.name) + " RENAME TO " +
            model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kSequence:
      sql = "ALTER SEQUENCE " + model::QuoteQualified(from.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kEnumType:
      if (!from.sub.empty()) {  // a value
        sql = "ALTER TYPE " + model::QuoteQualified(from.name) + " RENAME VALUE " + model::QuoteLiteral(from.sub) +
              " TO " + model::QuoteLiteral(to.sub);
        break;
      }
      sql = "ALTER TYPE " + model::QuoteQualified(from.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    case model::ObjectKind::kSchema:
      sql = "ALTER SCHEMA " + model::QuoteIdent(from.name.name) + " RENAME TO " + model::QuoteIdent(to.name.name);
      break;
    default:
      return;
  }
  // Renames the diff found (a constraint or index whose definition is
  // unchanged but whose name is new) use the names after annotated renames,
  // so they run after those forward and before them backward.
  int sub = change.annotated ? (from.sub.empty() ? SubOrder(from.kind) : 0) : 3;
  int rank = change.inverted ? (change.annotated ? kRankLast + sub : kRankLast - 1) : kRankFirst + sub;
  ctx.Add(sql + ";\n", rank, "rename " + model::Describe(from) + " to " + model::Describe(to));
}

}  // namespace sd::plan
