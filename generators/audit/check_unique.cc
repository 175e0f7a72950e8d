// Duplicates before a new PRIMARY KEY / UNIQUE constraint or unique index:
// groups of rows with equal keys. NULL keys never collide unless the
// constraint says NULLS NOT DISTINCT; a partial index only counts its rows.
#include "audit/source.h"
#include "lint/facts.h"
#include "model/quote.h"

namespace sd::audit {
namespace {

using diff::ChangeKind;
using model::ObjectKind;

struct UniqueKey {
  model::QualifiedName table;
  std::vector<std::string> keys;     ///< SQL per key: column or (expression)
  std::vector<std::string> columns;  ///< columns the keys and predicate read
  std::vector<model::QualifiedName> types;  ///< user types the expressions name
  bool nulls_not_distinct = false;
  std::string where;  ///< partial index predicate, or empty
  std::string what;   ///< "UNIQUE users_email_key", "unique index public.i"
};

void AddExpr(const model::Expr& e, UniqueKey* k) {
  k->columns.insert(k->columns.end(), e.columns.begin(), e.columns.end());
  k->types.insert(k->types.end(), e.types.begin(), e.types.end());
}

void AddDuplicateCheck(const Context& ctx, const UniqueKey& k, std::vector<Check>* out) {
  std::string key_list;
  for (const auto& e : k.keys) key_list += (key_list.empty() ? "" : ", ") + e;
  std::string description = "duplicates in " + model::QuoteQualified(k.table) + " (" + key_list + ") before " + k.what;
  if (!TypesExistBefore(ctx, k.types))
    return out->push_back(SkippedCheck(description, "the key names a type created by the migration"));
  Source src = TableSource(ctx, k.table, k.columns, model::QuoteIdent(k.table.name), Shape::kNew);
  if (!src.unknown.empty()) return out->push_back(SkippedCheck(description, src.unknown));
  std::string filter = k.nulls_not_distinct ? "true" : AllNotNull(k.keys);
  if (!k.where.empty()) filter += " AND (" + k.where + ")";
  const std::string groups = " FROM " + src.sql + " WHERE " + filter + " GROUP BY " + key_list + " HAVING count(*) > 1";
  Check c;
  c.description = std::move(description);
  // Every row of a duplicated key is at risk: the user decides which to keep.
  c.count_sql = "SELECT CAST(coalesce(sum(n), 0) AS bigint) FROM (SELECT count(*) AS n" + groups + ") AS dup";
  c.sample_sql = "SELECT string_agg(s, ', ' ORDER BY s) FROM (SELECT " + SampleText(SampleOf(k.keys)) +
                 " || ' x' || count(*) AS s" + groups + " ORDER BY 1 LIMIT 5) AS dup";
  c.uses_converts = src.uses_converts;
  out->push_back(std::move(c));
}

}  // namespace

void AddUniqueChecks(const Context& ctx, const diff::Change& change, std::vector<Check>* out) {
  if (change.kind != ChangeKind::kCreate) return;
  UniqueKey k;
  if (change.target.kind == ObjectKind::kConstraint) {
    const model::Constraint* c = lint::ConstraintAfter(change);
    if (!c || (c->kind != model::ConstraintKind::kPrimaryKey && c->kind != model::ConstraintKind::kUnique)) return;
    k.table = change.target.name;
    for (const auto& col : c->columns) k.keys.push_back(model::QuoteIdent(col));
    k.columns = c->columns;
    k.nulls_not_distinct = c->nulls_not_distinct;
    k.what = (c->kind == model::ConstraintKind::kPrimaryKey ? "PRIMARY KEY " : "UNIQUE ") + model::QuoteIdent(c->name);
  } else if (change.target.kind == ObjectKind::kIndex) {
    const model::Index* index = lint::After<model::Index>(change);
    if (!index || !index->unique) return;
    k.table = index->table;
    for (const auto& key : index->keys) {
      if (key.expr) {
        k.keys.push_back("(" + key.expr->text + ")");
        AddExpr(*key.expr, &k);
      } else {
        k.keys.push_back(model::QuoteIdent(key.column));
        k.columns.push_back(key.column);
      }
    }
    if (index->where) {
      k.where = index->where->text;
      AddExpr(*index->where, &k);
    }
    k.nulls_not_distinct = index->nulls_not_distinct;
    k.what = "unique index " + model::QuoteQualified(index->name);
  } else {
    return;
  }
  // A table the migration creates is empty.
  if (!ctx.from.tables.count(k.table)) return;
  // A column numbered per row makes every key distinct.
  for (const auto& col : k.columns)
    if (FilledPerRow(ctx, k.table, col)) return;
  AddDuplicateCheck(ctx, k, out);
}

}  // namespace sd::audit
