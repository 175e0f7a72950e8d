// Tables, constraints and indexes.
#include <algorithm>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

using model::ConstraintKind;

std::string ConstraintCommentTarget(const model::QualifiedName& table, const model::Constraint& c) {
  return "CONSTRAINT " + model::QuoteIdent(c.name) + " ON " + model::QuoteQualified(table);
}

std::string ColumnCommentTarget(const model::QualifiedName& table, const std::string& column) {
  return "COLUMN " + model::QuoteQualified(table) + "." + model::QuoteIdent(column);
}

void CreateTable(const diff::Change& change, StepContext& ctx) {
  const auto& table = std::get<model::Table>(change.after);
  const model::Table* parent = nullptr;
  if (table.partition_of) {
    auto it = ctx.to.tables.find(*table.partition_of);
    if (it != ctx.to.tables.end()) parent = &it->second;
  }
  std::string sql = parent ? CreatePartitionSql(table, *parent) : CreateTableSql(table);
  std::string q = model::QuoteQualified(table.name);
  for (const auto& col : table.columns)
    sql += NewColumnStorageSql(table.name, col, ctx.to, parent ? parent->FindColumn(col.name) : nullptr);
  if (table.comment) sql += CommentSql("TABLE " + q, table.comment);
  for (const auto& col : table.columns)
    if (col.comment) sql += CommentSql(ColumnCommentTarget(table.name, col.name), col.comment);
  Step step;
  step.rank = kRankCreateTable;
  step.description = diff::Describe(change);
  step.creates = {change.target};
  step.needs_new = {SchemaRef(table.name.schema)};
  if (parent) step.needs_new.push_back(TableRef(parent->name));
  if (parent)
    for (const auto& col : parent->columns) step.needs_new.push_back(StorageMarker(parent->name, col.name));
  for (const auto& col : table.columns) {
    step.creates.push_back(ColumnRef(table.name, col.name));
    for (auto& r : ColumnNeeds(table.name, col, ctx.to))
      if (r.kind != model::ObjectKind::kColumn && r.kind != model::ObjectKind::kTable) step.needs_new.push_back(r);
  }
  for (const auto& c : table.constraints) {
    if (c.kind == ConstraintKind::kForeignKey) continue;
    step.creates.push_back(ConstraintRef(table.name, c.name));
    step.creates.push_back(KeyIndexName(table.name, c));
    if (c.comment) sql += CommentSql(ConstraintCommentTarget(table.name, c), c.comment);
  }
  if (table.row_security) sql += AlterTable(table.name) + " ENABLE ROW LEVEL SECURITY;\n";
  if (table.force_row_security) sql += AlterTable(table.name) + " FORCE ROW LEVEL SECURITY;\n";
  step.sql = sql;
  ctx.steps.push_back(std::move(step));
  // Foreign keys come after every table exists: this breaks reference cycles.
  for (const auto& c : table.constraints)
    if (c.kind == ConstraintKind::kForeignKey) AddConstraintStep(table.name, c, ctx);  PlanTableBackfill(table, ctx);
}

void DropTable(const diff::Change& change, StepContext& ctx) {
  const auto& table = std::get<model::Table>(change.before);
  // A partition of a table re-created for its partitioning goes with the old
  // table, after its rows were set aside (steps_partition.cc).
  for (auto up = table.partition_of; up;) {
    for (const auto& c : ctx.changes)
      if (c.aspect == diff::Aspect::kPartitioning && c.target == TableRef(*up)) return;
    auto it = ctx.from.tables.find(*up);
    up = it == ctx.from.tables.end() ? std::nullopt : it->second.partition_of;
  }
  // Foreign keys are dropped first, so that tables referring to each other
  // can be dropped in any order.
  for (const auto& c : table.constraints)
    if (c.kind == ConstraintKind::kForeignKey) DropConstraintStep(table.name, c, ctx);
  Step step;
  step.sql = "DROP TABLE " + model::QuoteQualified(table.name) + ";\n";
  step.rank = kRankDropTable;
  step.description = diff::Describe(change);
  step.drops = {change.target};
  step.needs_old = {SchemaRef(table.name.schema)};
  // A partition goes before its parent (whose drop would take it along).
  if (table.partition_of) step.needs_old.push_back(TableRef(*table.partition_of));
  for (const auto& col : table.columns) {
    step.drops.push_back(ColumnRef(table.name, col.name));
    for (auto& r : ColumnNeeds(table.name, col, ctx.from))
      if (r.kind != model::ObjectKind::kColumn && r.kind != model::ObjectKind::kTable) step.needs_old.push_back(r);
  }
  for (const auto& c : table.constraints)
    if (c.kind != ConstraintKind::kForeignKey) {
      step.drops.push_back(ConstraintRef(table.name, c.name));
      step.drops.push_back(KeyIndexName(table.name, c));
    }
  step.destructive = true;
  step.destructive_reason = "drops table " + table.name.schema + "." + table.name.name + " and all its rows";
  ctx.steps.push_back(std::move(step));
}

}  // namespace

void AddConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx) {
  std::string sql = AlterTable(table) + " ADD " + ConstraintDefinitionSql(c) + (c.not_valid ? " NOT VALID" : "") + ";\n";
  if (c.comment) sql += CommentSql(ConstraintCommentTarget(table, c), c.comment);
  bool fk = c.kind == ConstraintKind::kForeignKey;
  Step& s = ctx.Add(sql, fk ? kRankAddForeignKey : kRankAddConstraint,
                    "create " + model::Describe(ConstraintRef(table, c.name)));
  s.creates = {ConstraintRef(table, c.name), KeyIndexName(table, c)};
  s.needs_new = ConstraintNeeds(table, c, ctx.to);
}

void DropConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx) {
  bool fk = c.kind == ConstraintKind::kForeignKey;
  Step& s = ctx.Add(AlterTable(table) + " DROP CONSTRAINT " + model::QuoteIdent(c.name) + ";\n",
                    fk ? kRankDropForeignKey : kRankDropConstraint,
                    "drop " + model::Describe(ConstraintRef(table, c.name)));
  s.drops = {ConstraintRef(table, c.name), KeyIndexName(table, c)};
  s.needs_old = ConstraintNeeds(table, c, ctx.from);
}

void PlanTableChange(const diff::Change& change, StepContext& ctx) {
  if (change.kind == diff::ChangeKind::kCreate) return CreateTable(change, ctx);
  if (change.kind == diff::ChangeKind::kDrop) return DropTable(change, ctx);
  if (change.aspect == diff::Aspect::kPartitionBound || change.aspect == diff::Aspect::kPartitioning)
    return PlanPartitionChange(change, ctx);
  const auto& table = std::get<model::Table>(change.after);
  std::string desc = diff::Describe(change);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql("TABLE " + model::QuoteQualified(table.name), table.comment), kRankComment, desc).needs_new = {
        change.target};
  } else if (change.aspect == diff::Aspect::kTableOptions) {
    // RESET what is gone, SET what is new or changed.
    const auto& before = std::get<model::Table>(change.before);
    std::vector<std::string> set, reset;
    for (const auto& o : table.options)
      if (std::find(before.options.begin(), before.options.end(), o) == before.options.end()) set.push_back(o);
    for (const auto& o : before.options) {
      std::string name = o.substr(0, o.find('='));
      bool kept = std::any_of(table.options.begin(), table.options.end(),
                              [&](const std::string& n) { return n.substr(0, n.find('=')) == name; });
      if (!kept) reset.push_back(name);
    }
    std::string sql;
    if (!reset.empty()) sql += AlterTable(table.name) + " RESET (" + RelOptionListSql(reset) + ");\n";
    if (!set.empty()) sql += AlterTable(table.name) + " SET (" + RelOptionListSql(set) + ");\n";
    ctx.Add(sql, kRankAlterColumn, desc).needs_new = {change.target};
  } else if (change.aspect == diff::Aspect::kRowSecurity) {
    const auto& before = std::get<model::Table>(change.before);
    std::string sql;
    if (before.row_security != table.row_security)
      sql += AlterTable(table.name) + (table.row_security ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;\n";
    if (before.force_row_security != table.force_row_security)
      sql += AlterTable(table.name) + (table.force_row_security ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;\n";
    ctx.Add(sql, kRankAlterColumn, desc).needs_new = {change.target};
  } else {
    bool unlogged = table.persistence == model::Persistence::kUnlogged;
    ctx.Add(AlterTable(table.name) + (unlogged ? " SET UNLOGGED;\n" : " SET LOGGED;\n"), kRankAlterColumn, desc)
        .needs_new = {change.target};
  }
}

void PlanConstraintChange(const diff::Change& change, StepContext& ctx) {
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& c = std::get<diff::ConstraintObject>(change.after);
    return AddConstraintStep(c.table, c.constraint, ctx);
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& c = std::get<diff::ConstraintObject>(change.before);
    return DropConstraintStep(c.table, c.constraint, ctx);
  }
  const auto& before = std::get<diff::ConstraintObject>(change.before);
  const auto& after = std::get<diff::ConstraintObject>(change.after);
  std::string desc = diff::Describe(change);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql(ConstraintCommentTarget(after.table, after.constraint), after.constraint.comment), kRankComment,
            desc)
        .needs_new = {change.target};
    return;
  }
  // Validation: VALIDATE forward; backward, PostgreSQL can only re-add NOT VALID.
  if (!after.constraint.not_valid) {
    ctx.Add(AlterTable(after.table) + " VALIDATE CONSTRAINT " + model::QuoteIdent(after.constraint.name) + ";\n",
            kRankAddForeignKey, desc)
        .needs_new = {change.target};
    return;
  }
  std::string sql = AlterTable(after.table) + " DROP CONSTRAINT " + model::QuoteIdent(before.constraint.name) + ";\n" +
                    AlterTable(after.table) + " ADD " + ConstraintDefinitionSql(after.constraint) + " NOT VALID;\n";
  if (after.constraint.comment) sql += CommentSql(ConstraintCommentTarget(after.table, after.constraint), after.constraint.comment);
  Step& s = ctx.Add(sql, kRankAddForeignKey, desc);
  s.needs_new = ConstraintNeeds(after.table, after.constraint, ctx.to);
}

void PlanIndexChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& index = std::get<model::Index>(change.after);
    std::string sql = CreateIndexSql(index);
    if (index.comment) sql += CommentSql("INDEX " + model::QuoteQualified(index.name), index.comment);
    Step& s = ctx.Add(sql, kRankCreateIndex, desc);
    s.creates = {change.target};
    s.needs_new = IndexNeeds(index);
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& index = std::get<model::Index>(change.before);
    Step& s = ctx.Add("DROP INDEX " + model::QuoteQualified(index.name) + ";\n", kRankDropIndex, desc);
    s.drops = {change.target};
    s.needs_old = IndexNeeds(index);
    return;
  }
  const auto& index = std::get<model::Index>(change.after);
  ctx.Add(CommentSql("INDEX " + model::QuoteQualified(index.name), index.comment), kRankComment, desc).needs_new = {
      change.target};
}

}  // namespace sd::plan
