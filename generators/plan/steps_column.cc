// Columns: add, drop, and each alterable aspect.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/sequence_bounds.h"
#include "plan/steps.h"
#include "plan/type_change.h"

namespace sd::plan {
namespace {

std::string ColumnTarget(const model::QualifiedName& table, const std::string& column) {
  return "COLUMN " + model::QuoteQualified(table) + "." + model::QuoteIdent(column);
}

std::string AlterColumn(const model::QualifiedName& table, const std::string& column) {
  return AlterTable(table) + " ALTER COLUMN " + model::QuoteIdent(column);
}

std::vector<ObjectRef> SequencesOf(const model::Shared<model::Expr>& expr) {
  std::vector<ObjectRef> out;
  if (expr)
    for (const auto& s : expr->sequences) out.push_back({model::ObjectKind::kSequence, s, ""});
  return out;
}

void AddColumn(const diff::Change& change, StepContext& ctx) {
  const auto& c = std::get<diff::ColumnObject>(change.after);
  // A backfill annotation fills the rows the table already has: added
  // nullable, filled, then made NOT NULL (when it is).
  bool backfill = c.column.backfill && !c.column.default_value && !c.column.identity &&
                  !c.column.generated && ctx.from.tables.count(c.table);
  model::Column added = c.column;
  if (backfill) added.not_null = false;
  std::string sql = AlterTable(c.table) + " ADD COLUMN " + ColumnDefinitionSql(c.table, added) + ";\n";
  if (backfill) sql += BackfillUpdateSql(c.table, c.column.name, *c.column.backfill);
  if (backfill && c.column.not_null) sql += AlterColumn(c.table, c.column.name) + " SET NOT NULL;\n";
  sql += NewColumnStorageSql(c.table, c.column, ctx.to, nullptr, false);
  if (c.column.comment) sql += CommentSql(ColumnTarget(c.table, c.column.name), c.column.comment);
  Step& s = ctx.Add(sql, kRankAlterColumn, diff::Describe(change));
  s.creates = {change.target};
  s.needs_new = ColumnNeeds(c.table, c.column, ctx.to);
  if (backfill) AddBackfillReads(*c.column.backfill, c.table, ctx, &s);
}

void DropColumn(const diff::Change& change, StepContext& ctx) {
  const auto& c = std::get<diff::ColumnObject>(change.before);
  Step& s = ctx.Add(AlterTable(c.table) + " DROP COLUMN " + model::QuoteIdent(c.column.name) + ";\n", kRankDropColumn,
                    diff::Describe(change));
  s.drops = {change.target};
  s.needs_old = ColumnNeeds(c.table, c.column, ctx.from);
  // A generated column's values come back when it is added again.
  if (!c.column.generated) {
    s.destructive = true;
    s.destructive_reason = "drops column " + c.table.schema + "." + c.table.name + "." + c.column.name +
                           " and its data";
  }
}

void AlterType(const diff::Change& change, const model::Column& a, const model::Column& b,
               const model::QualifiedName& table, StepContext& ctx) {
  std::string alter = AlterColumn(table, b.name);
  std::string sql;
  // A default may not cast to the new type automatically: lift it off and
  // put the new one back after.
  if (a.default_value && a.type != b.type) sql += alter + " DROP DEFAULT;\n";
  sql += alter + " TYPE " + model::TypeSql(b.type);
  if (!b.collation.empty()) sql += " COLLATE " + model::QuoteIdent(b.collation);
  if (a.type != b.type && NeedsUsing(a.type, b.type)) {
    // No cast exists between two user types (enum to enum): go through text.
    std::string via = !a.type.IsBuiltin() && !b.type.IsBuiltin() ? "::text" : "";
    if (!via.empty())
      for (int i = 0; i < b.type.array_dims; ++i) via += "[]";
    sql += " USING " + model::QuoteIdent(b.name) + via + "::" + model::TypeSql(b.type);
  }
  sql += ";\n";
  if (a.default_value && a.type != b.type && b.default_value && !b.identity)
    sql += alter + " SET DEFAULT " + DefaultSql(*b.default_value) + ";\n";
  Step& s = ctx.Add(sql, kRankAlterColumn, diff::Describe(change));
  s.drops = {change.target};
  s.creates = {change.target};
  // Only the types matter here, and the default's sequences when this step
  // puts the default back.
  bool sets_default = a.default_value && a.type != b.type && b.default_value && !b.identity;
  for (const auto& r : ColumnNeeds(table, b, ctx.to))
    if (r.kind != model::ObjectKind::kSequence || sets_default) s.needs_new.push_back(r);
  for (const auto& r : ColumnNeeds(table, a, ctx.from))
    if (r.kind != model::ObjectKind::kSequence) s.needs_old.push_back(r);
  if (a.type != b.type && !IsLosslessConversion(a.type, b.type)) {
    s.destructive = true;
    s.destructive_reason = "changes " + table.schema + "." + table.name + "." + b.name + " from " +
                           model::TypeSql(a.type) + " to " + model::TypeSql(b.type) +
                           ": values may not fit and the change can fail or lose data";
  }
}

// Markers that order a column's default change against its identity change:
// a default must go before identity is added, and come back after it is dropped.
ObjectRef DefaultMarker(const model::QualifiedName& table, const std::string& column) {
  return ColumnRef(table, column + "\x01" "default");
}
ObjectRef IdentityMarker(const model::QualifiedName& table, const std::string& column) {
  return ColumnRef(table, column + "\x01" "identity");
}
ObjectRef IdentitySequence(const model::QualifiedName& table, const model::Identity& identity) {
  return {model::ObjectKind::kSequence, {table.schema, identity.sequence_name}, ""};
}

void AlterIdentity(const diff::Change& change, const model::Column& a, const model::Column& b,
                   const model::QualifiedName& table, StepContext& ctx) {
  std::string alter = AlterColumn(table, b.name);
  std::string sql;
  std::string add = b.identity ? alter + " ADD " + IdentityClauseSql(table, b) + ";\n" : "";
  if (!a.identity) {
    sql = add;
  } else if (!b.identity) {
    sql = alter + " DROP IDENTITY;\n";
  } else if (a.identity->sequence_name != b.identity->sequence_name) {
    sql = alter + " DROP IDENTITY;\n" + add;
  } else {
    const auto& o = b.identity->options;
    sql = AlterSequenceBoundsSql(
        alter + " SET GENERATED " + (b.identity->kind == 'a' ? "ALWAYS" : "BY DEFAULT") + " SET START WITH " +
            std::to_string(o.start) + " SET INCREMENT BY " + std::to_string(o.increment) + " SET MINVALUE " +
            std::to_string(o.min_value) + " SET MAXVALUE " + std::to_string(o.max_value) + " SET CACHE " +
            std::to_string(o.cache) + (o.cycle ? " SET CYCLE" : " SET NO CYCLE"),
        model::QuoteQualified({table.schema, b.identity->sequence_name}), a.identity->options, o);
  }
  Step& s = ctx.Add(sql, kRankAlterColumn + 1, diff::Describe(change));
  s.needs_new = {change.target};
  s.creates = {IdentityMarker(table, b.name)};
  // The implicit sequence is a relation: it frees or takes a name that a
  // plain sequence of this migration may use.
  if (a.identity) s.drops.push_back(IdentitySequence(table, *a.identity));
  if (a.identity && (!b.identity || a.identity->sequence_name != b.identity->sequence_name)) {
    s.destructive = true;
    s.destructive_reason = "drops the identity sequence of " + table.schema + "." + table.name + "." + b.name +
                           " and its current value";
  }
  if (b.identity) s.creates.push_back(IdentitySequence(table, *b.identity));
  if (b.identity && !a.identity) s.needs_new.push_back(DefaultMarker(table, b.name));
}

void AlterDefault(const diff::Change& change, const model::Column& a, const model::Column& b,
                  const model::QualifiedName& table, StepContext& ctx) {
  std::string alter = AlterColumn(table, b.name);
  std::string sql = b.default_value ? alter + " SET DEFAULT " + DefaultSql(*b.default_value) + ";\n"
                                    : alter + " DROP DEFAULT;\n";
  Step& s = ctx.Add(sql, kRankAlterColumn, diff::Describe(change));
  s.needs_new = {change.target};
  for (auto& r : SequencesOf(b.default_value)) s.needs_new.push_back(r);
  s.needs_old = SequencesOf(a.default_value);
  // A default calling a function is set after the function exists and
  // dropped before it goes (a re-created function lifts it, diff/dependents.cc).
  if (b.default_value)
    s.needs_new.insert(s.needs_new.end(), b.default_value->functions.begin(), b.default_value->functions.end());
  if (a.default_value)
    s.needs_old.insert(s.needs_old.end(), a.default_value->functions.begin(), a.default_value->functions.end());
  // The call binds when the default is set: an overload of the same name that
  // this migration drops must be gone by then, or the default binds to it.
  if (b.default_value)
    for (const auto& f : b.default_value->functions)
      for (auto it = ctx.from.functions.lower_bound({model::ObjectKind::kFunction, f.name, ""});
           it != ctx.from.functions.end() && it->first.kind == model::ObjectKind::kFunction && it->first.name == f.name;
           ++it)
        if (it->first != f) s.waits_for_drop.push_back(it->first);
  s.creates = {DefaultMarker(table, b.name)};
  // A default lifted around a re-created function is dropped before it is
  // set again (the two steps may wait for different functions).
  if (!b.default_value) s.drops.push_back(DefaultMarker(table, b.name));
  if (!b.identity) s.needs_new.push_back(IdentityMarker(table, b.name));
}

}  // namespace

void PlanColumnChange(const diff::Change& change, StepContext& ctx) {
  if (change.kind == diff::ChangeKind::kCreate) return AddColumn(change, ctx);
  if (change.kind == diff::ChangeKind::kDrop) return DropColumn(change, ctx);
  const auto& before = std::get<diff::ColumnObject>(change.before);
  const auto& after = std::get<diff::ColumnObject>(change.after);
  const model::Column& a = before.column;
  const model::Column& b = after.column;
  const model::QualifiedName& table = after.table;
  std::string alter = AlterColumn(table, b.name);
  std::string desc = diff::Describe(change);
  switch (change.aspect) {
    case diff::Aspect::kColumnType:
      return AlterType(change, a, b, table, ctx);
    case diff::Aspect::kColumnIdentity:
      return AlterIdentity(change, a, b, table, ctx);
    case diff::Aspect::kColumnDefault:
      return AlterDefault(change, a, b, table, ctx);
    case diff::Aspect::kColumnNotNull: {
      // The backfill annotation fills the NULLs first.
      bool backfill = b.not_null && b.backfill;
      std::string fill = backfill ? BackfillUpdateSql(table, b.name, *b.backfill) : "";
      Step& s = ctx.Add(fill + alter + (b.not_null ? " SET NOT NULL;\n" : " DROP NOT NULL;\n"), kRankAlterColumn, desc);
      s.needs_new = {change.target};
      if (backfill) AddBackfillReads(*b.backfill, table, ctx, &s);
      // An identity column must stay NOT NULL until its identity is dropped.
      if (!b.not_null) s.needs_new.push_back(IdentityMarker(table, b.name));
      // Dropping NOT NULL under a primary key fails; PK changes come first.
      if (!b.not_null)
        for (const auto& c : ctx.changes)
          if (c.target.kind == model::ObjectKind::kConstraint && c.target.name == table &&
              c.kind == diff::ChangeKind::kDrop)
            s.waits_for_drop.push_back(c.target);
      return;
    }
    case diff::Aspect::kColumnDropExpression: {
      if (!b.generated) {
        ctx.Add(alter + " DROP EXPRESSION;\n", kRankAlterColumn, desc).needs_new = {change.target};
        return;
      }
      // Backward: PostgreSQL cannot add an expression to a plain column.
      std::string sql = AlterTable(table) + " DROP COLUMN " + model::QuoteIdent(a.name) + ";\n" + AlterTable(table) +
                        " ADD COLUMN " + ColumnDefinitionSql(table, b) + ";\n";
      Step& s = ctx.Add(sql, kRankAlterColumn, desc);
      s.drops = {change.target};
      s.creates = {change.target};
      s.needs_new = ColumnNeeds(table, b, ctx.to);
      s.destructive = true;
      s.destructive_reason = "recreates " + table.schema + "." + table.name + "." + b.name +
                             " as a generated column, replacing its stored values";
      return;
    }
    case diff::Aspect::kComment:
      ctx.Add(CommentSql(ColumnTarget(table, b.name), b.comment), kRankComment, desc).needs_new = {change.target};
      return;
    case diff::Aspect::kColumnStorage: {
      // After a type change of the same column, which resets storage and compression.
      std::string sql = ColumnStorageSql(table, a, b, ctx.to);
      if (sql.empty()) return;
      Step& s = ctx.Add(sql, kRankAlterColumn + 1, desc);
      s.needs_new = {change.target};
      // A parent's statement recurses into its partitions: new partitions
      // are created after it, as they copy storage but not statistics.
      s.creates = {StorageMarker(table, b.name)};
      return;
    }
    default:
      return;
  }
}

}  // namespace sd::plan
