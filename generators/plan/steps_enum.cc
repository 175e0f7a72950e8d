// Enum types: create, drop, add values in place, or swap the type when
// values are removed or reordered.
#include <algorithm>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

using model::ObjectKind;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void AddValues(const diff::Change& change, const model::EnumType& a, const model::EnumType& b, StepContext& ctx) {
  const std::string type = model::QuoteQualified(b.name);
  std::string sql;
  for (size_t i = 0; i < b.values.size(); ++i) {
    const std::string& v = b.values[i];
    if (Contains(a.values, v)) continue;
    sql += "ALTER TYPE " + type + " ADD VALUE " + model::QuoteLiteral(v);
    if (i > 0) {
      sql += " AFTER " + model::QuoteLiteral(b.values[i - 1]);
    } else {
      // Leading new values go before the first value that already exists.
      auto next = std::find_if(b.values.begin(), b.values.end(), [&](const auto& x) { return Contains(a.values, x); });
      if (next != b.values.end()) sql += " BEFORE " + model::QuoteLiteral(*next);
    }
    sql += ";\n";
  }
  // A value added in a transaction cannot be used before it commits, so
  // these run ahead of the transaction.
  Step& s = ctx.Add(sql, kRankType, diff::Describe(change));
  s.transactional = false;
  s.creates = {change.target};
  s.needs_old = {change.target};
}

bool Mentions(const model::Boxed<model::Expr>& expr, const std::string& column) {
  return expr && std::find(expr->columns.begin(), expr->columns.end(), column) != expr->columns.end();
}

}  // namespace

// Indexes and checks on `column` with expressions: unchanged ones are dropped
// and re-created inside the swap step; changed or dropped ones have their
// own steps, which the swap waits for.
void LiftDependents(const model::QualifiedName& table, const std::string& column, StepContext& ctx, Step* step,
                    std::string* before, std::string* after) {
  for (const auto& [name, index] : ctx.from.indexes) {
    if (index.table != table) continue;
    bool uses = Mentions(index.where, column);
    for (const auto& k : index.keys) uses = uses || Mentions(k.expr, column);
    if (!uses) continue;
    auto kept = ctx.to.indexes.find(name);
    if (kept == ctx.to.indexes.end() || kept->second.DefinitionKey() != index.DefinitionKey()) {
      step->waits_for_drop.push_back({model::ObjectKind::kIndex, name, ""});
      continue;
    }
    *before += "DROP INDEX " + model::QuoteQualified(name) + ";\n";
    *after += CreateIndexSql(kept->second);
    // Re-creating drops the comment with the object: put it back too.
    if (kept->second.comment) *after += CommentSql("INDEX " + model::QuoteQualified(name), kept->second.comment);
  }
  const model::Table& from_table = ctx.from.tables.at(table);
  auto to_table = ctx.to.tables.find(table);
  for (const auto& c : from_table.constraints) {
    if (!Mentions(c.check, column)) continue;
    const model::Constraint* kept = to_table == ctx.to.tables.end() ? nullptr : to_table->second.FindConstraint(c.name);
    if (!kept || kept->DefinitionKey() != c.DefinitionKey()) {
      step->waits_for_drop.push_back(ConstraintRef(table, c.name));
      continue;
    }
    *before += AlterTable(table) + " DROP CONSTRAINT " + model::QuoteIdent(c.name) + ";\n";
    *after += AlterTable(table) + " ADD " + ConstraintDefinitionSql(*kept) + (kept->not_valid ? " NOT VALID" : "") + ";\n";
    if (kept->comment)
      *after += CommentSql("CONSTRAINT " + model::QuoteIdent(kept->name) + " ON " + model::QuoteQualified(table),
                           kept->comment);
  }
}

namespace {

// Rename the old type away, create the new one, move every column over
// through text, drop the old type.
void SwapType(const diff::Change& change, const model::EnumType& a, const model::EnumType& b, StepContext& ctx) {
  const std::string type = model::QuoteQualified(b.name);
  std::string old_name = b.name.name;
  old_name = old_name.substr(0, 63 - 15) + "__schemadiff_old";
  std::string sql = "ALTER TYPE " + type + " RENAME TO " + model::QuoteIdent(old_name) + ";\n" + CreateEnumSql(b);
  if (b.comment) sql += CommentSql("TYPE " + type, b.comment);
  Step step;
  std::string lift_before, convert, lift_after;
  std::vector<std::string> removed;
  for (const auto& v : a.values)
    if (!Contains(b.values, v)) removed.push_back(v);
  auto users = ctx.FromColumnsByType().find(a.name);
  static const std::vector<std::pair<model::QualifiedName, std::string>> kNone;
  for (const auto& [tname, col_name] : users == ctx.FromColumnsByType().end() ? kNone : users->second) {
    const model::Column& col = *ctx.from.tables.at(tname).FindColumn(col_name);
    auto to_table = ctx.to.tables.find(tname);
    const model::Column* to_col = to_table == ctx.to.tables.end() ? nullptr : to_table->second.FindColumn(col.name);
    if (!to_col) {
      // The column goes away in this migration: let it go first.
      step.waits_for_drop.push_back(ColumnRef(tname, col.name));
      continue;
    }
    if (to_col->type.schema != b.name.schema || to_col->type.name != b.name.name) {
      // It changes to another type in its own step, which must come first.
      step.needs_new.push_back(ColumnRef(tname, col.name));
      continue;
    }
    std::string alter = AlterTable(tname) + " ALTER COLUMN " + model::QuoteIdent(col.name);
    std::string dims;
    for (int i = 0; i < col.type.array_dims; ++i) dims += "[]";
    // Expressions comparing the column with a literal of the old type
    // (partial indexes, checks) cannot be rebuilt across the swap: take
    // them off and put them back.
    LiftDependents(tname, col.name, ctx, &step, &lift_before, &lift_after);
    if (col.default_value) convert += alter + " DROP DEFAULT;\n";
    convert += alter + " TYPE " + model::TypeSql(to_col->type) + " USING " + model::QuoteIdent(col.name) + "::text" +
               dims + "::" + model::TypeSql(to_col->type) + ";\n";
    if (to_col->default_value) convert += alter + " SET DEFAULT " + DefaultSql(*to_col->default_value) + ";\n";
    // The column changes type here: views over it are dropped before and
    // created after, as around ALTER COLUMN TYPE.
    step.needs_old.push_back(ColumnRef(tname, col.name));
    step.drops.push_back(ColumnRef(tname, col.name));
    step.creates.push_back(ColumnRef(tname, col.name));
  }
  sql += lift_before + convert + lift_after;
  sql += "DROP TYPE " + model::QuoteQualified({b.name.schema, old_name}) + ";\n";
  step.sql = sql;
  step.rank = kRankType;
  step.description = diff::Describe(change);
  step.creates.push_back(change.target);
  step.drops.push_back(change.target);
  if (!removed.empty()) {
    step.destructive = true;
    step.destructive_reason = "removes value";
    for (size_t i = 0; i < removed.size(); ++i)
      step.destructive_reason += (i ? ", " : " ") + model::QuoteLiteral(removed[i]);
    step.destructive_reason += " from type " + b.name.schema + "." + b.name.name + "; rows holding it cannot be kept";
  }
  ctx.steps.push_back(std::move(step));
}

}  // namespace

void PlanEnumChange(const diff::Change& change, StepContext& ctx) {
  std::string desc = diff::Describe(change);
  if (change.kind == diff::ChangeKind::kCreate) {
    const auto& t = std::get<model::EnumType>(change.after);
    std::string sql = CreateEnumSql(t);
    if (t.comment) sql += CommentSql("TYPE " + model::QuoteQualified(t.name), t.comment);
    Step& s = ctx.Add(sql, kRankType, desc);
    s.creates = {change.target};
    s.needs_new = {SchemaRef(t.name.schema)};
    return;
  }
  if (change.kind == diff::ChangeKind::kDrop) {
    const auto& t = std::get<model::EnumType>(change.before);
    Step& s = ctx.Add("DROP TYPE " + model::QuoteQualified(t.name) + ";\n", kRankDropType, desc);
    s.drops = {change.target};
    s.needs_old = {SchemaRef(t.name.schema)};
    return;
  }
  const auto& a = std::get<model::EnumType>(change.before);
  const auto& b = std::get<model::EnumType>(change.after);
  if (change.aspect == diff::Aspect::kComment) {
    ctx.Add(CommentSql("TYPE " + model::QuoteQualified(b.name), b.comment), kRankComment, desc).needs_new = {
        change.target};
  } else if (model::EnumValuesOnlyAdded(a, b)) {
    AddValues(change, a, b, ctx);
  } else {
    SwapType(change, a, b, ctx);
  }
}

}  // namespace sd::plan
