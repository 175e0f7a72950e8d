// `-- schemadiff:backfill` annotations: rows a migration fills for what it
// creates (a NOT NULL column of a table with rows, a new table), ordered
// after what the backfill reads and before the old objects it reads go.
#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"
#include "plan/steps.h"

namespace sd::plan {
namespace {

// The table an annotation's relation names: as written when qualified, else
// the annotated table's schema, then public, then any schema that has it.
model::QualifiedName Resolve(const model::QualifiedName& name, const model::QualifiedName& annotated,
                             const StepContext& ctx) {
  if (!name.schema.empty()) return name;
  auto known = [&](const model::QualifiedName& n) { return ctx.to.tables.count(n) || ctx.from.tables.count(n); };
  for (const model::Atom schema : {annotated.schema, model::Atom("public")})
    if (known({schema, name.name})) return {schema, name.name};
  for (const model::Catalog* catalog : {&ctx.to, &ctx.from})
    for (const auto& [n, table] : catalog->tables)
      if (n.name == name.name) return n;
  return {annotated.schema, name.name};
}

// The annotation as written, ended on a new line when it holds a `--`
// comment (which would otherwise swallow what follows it).
std::string Text(const model::Backfill& backfill) {
  return backfill.sql + (backfill.sql.find("--") != std::string::npos ? "\n" : "");
}

// True when the whole text is one parenthesised group ("(SELECT …)"), which
// needs no second pair around it.
bool Parenthesised(const std::string& sql) {
  if (sql.size() < 2 || sql.front() != '(' || sql.back() != ')') return false;
  int depth = 0;
  bool quoted = false;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') quoted = !quoted;
    if (quoted) continue;
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0 && i + 1 < sql.size()) return false;
  }
  return depth == 0;
}

}  // namespace

ObjectRef BackfilledRowsRef(const model::QualifiedName& table) {
  return {model::ObjectKind::kTable, {table.schema, table.name + "\x01" "backfilled rows"}, ""};
}

void AddBackfillReads(const model::Backfill& backfill, const model::QualifiedName& table, const StepContext& ctx,
                      Step* step) {
  std::vector<model::QualifiedName> scope = {table};
  for (const auto& r : backfill.relations) scope.push_back(Resolve(r, table, ctx));
  for (size_t i = 1; i < scope.size(); ++i) {
    const model::QualifiedName& r = scope[i];
    if (ctx.to.tables.count(r)) {
      // A table the migration creates is read after its own backfill.
      step->needs_new.push_back(TableRef(r));
      step->needs_new.push_back(BackfilledRowsRef(r));
    } else if (ctx.from.tables.count(r)) {
      step->needs_old.push_back(TableRef(r));  // its DROP TABLE waits
    }
  }
  // Column names are not bound to a relation here: every relation in scope
  // that has the name counts (at worst an extra ordering edge).
  for (const auto& column : backfill.columns)
    for (const auto& r : scope) {
      auto after = ctx.to.tables.find(r);
      if (after != ctx.to.tables.end() && after->second.FindColumn(column)) {
        step->needs_new.push_back(ColumnRef(r, column));
        continue;
      }
      auto before = ctx.from.tables.find(r);
      if (before != ctx.from.tables.end() && before->second.FindColumn(column))
        step->needs_old.push_back(ColumnRef(r, column));  // its DROP COLUMN waits
    }
}

std::string BackfillUpdateSql(const model::QualifiedName& table, const std::string& column,
                              const model::Backfill& backfill) {
  std::string c = model::QuoteIdent(column);
  return "UPDATE " + model::QuoteQualified(table) + " SET " + c + " = " + (Parenthesised(backfill.sql) ? Text(backfill) : "(" + Text(backfill) + ")") + " WHERE " + c +
         " IS NULL;\n";
}

void PlanTableBackfill(const model::Table& table, StepContext& ctx) {
  if (table.backfill.empty()) return;
  Step& s = ctx.Add("INSERT INTO " + model::QuoteQualified(table.name) + " " + Text(table.backfill) + ";\n",
                    kRankAlterColumn + 1, "backfill rows of " + model::Describe(TableRef(table.name)));
  s.needs_new = {TableRef(table.name)};
  for (const auto& col : table.columns) s.needs_new.push_back(ColumnRef(table.name, col.name));
  s.creates = {BackfilledRowsRef(table.name)};
  AddBackfillReads(table.backfill, table.name, ctx, &s);
}

}  // namespace sd::plan
