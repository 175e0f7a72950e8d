// Partitions: bound changes and tables whose partitioning changes.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

std::string Columns(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + model::QuoteIdent(names[i]);
  return out;
}

// DETACH + ATTACH: PostgreSQL has no way to alter a bound in place. ATTACH
// scans the partition to check its rows fit the new bound.
void ChangeBound(const diff::Change& change, StepContext& ctx) {
  const auto& before = std::get<model::Table>(change.before);
  const auto& after = std::get<model::Table>(change.after);
  std::string parent = model::QuoteQualified(*after.partition_of);
  std::string child = model::QuoteQualified(after.name);
  std::string sql = "ALTER TABLE " + parent + " DETACH PARTITION " + child + ";\n" + "ALTER TABLE " + parent +
                    " ATTACH PARTITION " + child + " " + after.partition_bound + ";\n";
  Step& s = ctx.Add(sql, kRankAlterColumn, diff::Describe(change));
  s.needs_new = {change.target, TableRef(*after.partition_of)};
  s.needs_old = {TableRef(*before.partition_of)};
}

// A plain table becoming partitioned, a partitioned one becoming plain, a
// changed key or a partition changing parent: PostgreSQL can alter none of
// these. The rows are set aside in a plain copy, the old table dropped (its
// partitions, indexes and key constraints with it, which frees every name the
// new one reuses), the new one created, and once its partitions exist the rows
// are copied back.
void Recreate(const diff::Change& change, StepContext& ctx) {
  const auto& before = std::get<model::Table>(change.before);
  const auto& after = std::get<model::Table>(change.after);
  model::QualifiedName old_name{before.name.schema, before.name.name + "_sd_old"};
  std::string old_q = model::QuoteQualified(old_name);
  std::string sql = "CREATE TABLE " + old_q + " AS SELECT * FROM " + model::QuoteQualified(before.name) + ";\n" +
                    "DROP TABLE " + model::QuoteQualified(before.name) + ";\n";
  const model::Table* parent = nullptr;
  if (after.partition_of) {
    auto it = ctx.to.tables.find(*after.partition_of);
    if (it != ctx.to.tables.end()) parent = &it->second;
  }
  sql += parent ? CreatePartitionSql(after, *parent) : CreateTableSql(after);
  std::string what = before.name.schema + "." + before.name.name;
  Step& s = ctx.Add("", kRankCreateTable, diff::Describe(change));
  // Indexes unchanged by this migration are built again here; the others
  // have their own steps (drops first: the names are freed).
  for (const auto& [name, index] : ctx.to.indexes) {
    if (index.table != after.name) continue;
    model::ObjectRef ref{model::ObjectKind::kIndex, name, ""};
    bool changed = false;
    for (const auto& c : ctx.changes) changed = changed || c.target == ref;
    if (!changed && ctx.from.indexes.count(name)) sql += CreateIndexSql(index);
  }
  for (const auto& c : ctx.changes)
    if (c.kind == diff::ChangeKind::kDrop && c.target.kind == model::ObjectKind::kIndex) {
      const auto* index = std::get_if<model::Index>(&c.before);
      if (index && index->table == before.name) s.waits_for_drop.push_back(c.target);
    }
  s.sql = sql;
  s.drops = {change.target};
  s.creates = {change.target};
  for (const auto& col : after.columns) s.creates.push_back(ColumnRef(after.name, col.name));
  for (const auto& c : after.constraints)
    if (c.kind != model::ConstraintKind::kForeignKey) s.creates.push_back(ConstraintRef(after.name, c.name));
  s.needs_new = {SchemaRef(after.name.schema)};
  if (parent) s.needs_new.push_back(TableRef(parent->name));
  for (const auto& col : after.columns)
    for (auto& r : ColumnNeeds(after.name, col, ctx.to))
      if (r.kind != model::ObjectKind::kColumn && r.kind != model::ObjectKind::kTable) s.needs_new.push_back(r);
  s.destructive = true;
  s.destructive_reason = "re-creates " + what + " to change its partitioning (" +
                         (before.partition_by.empty() ? std::string("not partitioned") : "PARTITION BY " + before.partition_by) +
                         " to " + (after.partition_by.empty() ? std::string("not partitioned") : "PARTITION BY " + after.partition_by) +
                         "): the rows are copied out and back, under an exclusive lock; rows that fit no new "
                         "partition make the copy fail, and objects depending on the table must be re-created";
  std::vector<std::string> common;
  for (const auto& col : after.columns)
    if (before.FindColumn(col.name) && !col.generated) common.push_back(col.name);
  std::string copy = "INSERT INTO " + model::QuoteQualified(after.name) + " (" + Columns(common) + ") SELECT " +
                     Columns(common) + " FROM " + old_q + ";\nDROP TABLE " + old_q + ";\n";
  // The copy waits for the new table's partitions, which take the rows.
  Step& c = ctx.Add(copy, kRankCreateIndex, "copy the rows of " + what + " into its re-created table");
  c.needs_new = {change.target};
  std::vector<model::QualifiedName> level{after.name};
  while (!level.empty()) {
    model::QualifiedName p = level.back();
    level.pop_back();
    for (const auto& [name, t] : ctx.to.tables)
      if (t.partition_of && *t.partition_of == p) {
        c.needs_new.push_back(TableRef(name));
        level.push_back(name);
      }
  }
  c.destructive = true;
  c.destructive_reason = ctx.steps[ctx.steps.size() - 2].destructive_reason;
}

}  // namespace

void PlanPartitionChange(const diff::Change& change, StepContext& ctx) {
  if (change.aspect == diff::Aspect::kPartitionBound) return ChangeBound(change, ctx);
  Recreate(change, ctx);
}

}  // namespace sd::plan
