// Online migrations: each planner's step for a change on a table that has
// rows is restated so that no statement holds ACCESS EXCLUSIVE or blocks
// writes for the length of a scan or an index build. The step of each
// restated change is rebuilt from the change itself (never from its SQL
// text); the planners make exactly one step for each of these changes.
#include "plan/online.h"

#include <set>
#include <vector>

#include "model/quote.h"
#include "plan/ddl.h"
#include "plan/deps.h"

namespace sd::plan {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ConstraintKind;
using model::ObjectKind;
using model::QuoteIdent;

// The temporary NOT NULL checks come first in the contract phase, their
// validations next (each in its own transaction), so that the scans run
// before the contract's transaction takes its locks.
constexpr int kRankTemporaryCheck = kRankFirst + 1;
constexpr int kRankValidate = kRankFirst + 2;

// The contract-phase step that leaves `column` NOT NULL: a primary key
// adopting an index waits for it, so that PostgreSQL need not scan for NULLs.
ObjectRef NotNullMarker(const model::QualifiedName& table, const std::string& column) {
  return ColumnRef(table, column + "\x01" "not null");
}

// Orders a temporary check's SET NOT NULL after its validation.
ObjectRef ValidatedMarker(const model::QualifiedName& table, const std::string& check) {
  return ConstraintRef(table, check + "\x01" "validated");
}

std::string ConstraintTarget(const model::QualifiedName& table, const std::string& name) {
  return "CONSTRAINT " + QuoteIdent(name) + " ON " + model::QuoteQualified(table);
}

std::string ValidateSql(const model::QualifiedName& table, const std::string& name) {
  return AlterTable(table) + " VALIDATE CONSTRAINT " + QuoteIdent(name) + ";\n";
}

// Cuts `s` to at most `max` bytes without splitting a UTF-8 character.
std::string CutUtf8(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

class OnlinePlanner {
 public:
  explicit OnlinePlanner(StepContext& ctx) : ctx_(ctx) {}

  void Run() {
    std::vector<Step> in = std::move(ctx_.steps);
    ctx_.steps.clear();
    for (auto& step : in) {
      // KeyIndexName() of a CHECK or FOREIGN KEY is an empty ref, which the
      // planners still list in creates / drops: it ties every foreign key
      // drop to every table or check created. Harmless while ranks put
      // drops first, but it would pull new tables into the contract phase.
      // (Dropped here only, so that plain plans keep their exact order.)
      for (auto* refs : {&step.creates, &step.drops})
        std::erase_if(*refs, [](const ObjectRef& r) { return r.name.name.empty(); });
      int index = step.change_index;
      if (index < 0 || index >= static_cast<int>(ctx_.changes.size())) {
        Keep(std::move(step));
        continue;
      }
      Restate(ctx_.changes[index], std::move(step));
    }
  }

 private:
  StepContext& ctx_;
  std::set<std::pair<model::QualifiedName, std::string>> temporary_names_;

  // Only tables that exist before the migration have rows to scan or writes to block.
  const model::Table* OldTable(const model::QualifiedName& table) const {
    auto it = ctx_.from.tables.find(table);
    return it == ctx_.from.tables.end() ? nullptr : &it->second;
  }

  void Keep(Step step) { ctx_.steps.push_back(std::move(step)); }

  Step& Derived(const Step& from, std::string sql, std::string description) {
    Step s;
    s.sql = std::move(sql);
    s.description = std::move(description);
    s.rank = from.rank;
    s.change_index = from.change_index;
    ctx_.steps.push_back(std::move(s));
    return ctx_.steps.back();
  }

  void Restate(const diff::Change& c, Step step) {
    if (c.target.kind == ObjectKind::kIndex && c.kind != ChangeKind::kAlter) return Index(c, std::move(step));
    if (c.target.kind == ObjectKind::kConstraint && c.kind == ChangeKind::kCreate) {
      const auto& k = std::get<diff::ConstraintObject>(c.after);
      if (OldTable(k.table)) return Constraint(k.table, k.constraint, std::move(step));
    }
    if (c.target.kind == ObjectKind::kConstraint && c.kind == ChangeKind::kAlter &&
        c.aspect == Aspect::kConstraintValidate && !std::get<diff::ConstraintObject>(c.after).constraint.not_valid) {
      step.phase = Phase::kContract;
      step.transactional = false;
      step.rank = kRankValidate;
      step.online = OnlineForm::kValidate;
      return Keep(std::move(step));
    }
    if (c.target.kind == ObjectKind::kColumn && c.kind == ChangeKind::kCreate) {
      const auto& col = std::get<diff::ColumnObject>(c.after);
      const model::Column& b = col.column;
      if (OldTable(col.table) && b.not_null && !b.default_value && !b.identity && !b.generated)
        return NotNullColumn(col.table, b, std::move(step));
      // A nullable column with a backfill annotation: its UPDATE moves to the backfill phase.
      if (OldTable(col.table) && b.backfill && !b.default_value && !b.identity && !b.generated) {
        step.sql = AlterTable(col.table) + " ADD COLUMN " + ColumnDefinitionSql(col.table, b) + ";\n" +
                   NewColumnStorageSql(col.table, b, ctx_.to);
        if (b.comment)
          step.sql += CommentSql("COLUMN " + model::QuoteQualified(col.table) + "." + QuoteIdent(b.name), b.comment);
        Keep(step);
        return Backfill(col.table, b, step);
      }
    }
    if (c.target.kind == ObjectKind::kColumn && c.kind == ChangeKind::kAlter && c.aspect == Aspect::kColumnNotNull) {
      const auto& col = std::get<diff::ColumnObject>(c.after);
      if (col.column.not_null && OldTable(col.table)) return SetNotNull(col.table, col.column, std::move(step));
    }
    // Drops wait until the new code no longer uses what they remove.
    if (c.kind == ChangeKind::kDrop) step.phase = Phase::kContract;
    Keep(std::move(step));
  }

  void Index(const diff::Change& c, Step step) {
    if (c.kind == ChangeKind::kDrop) {
      const auto& index = std::get<model::Index>(c.before);
      step.sql = "DROP INDEX CONCURRENTLY " + model::QuoteQualified(index.name) + ";\n";
      step.phase = Phase::kContract;
      step.transactional = false;
      step.online = OnlineForm::kConcurrentIndex;
      return Keep(std::move(step));
    }
    const auto& index = std::get<model::Index>(c.after);
    if (OldTable(index.table)) {
      step.sql = CreateIndexSql(index, true);
      if (index.comment) step.sql += CommentSql("INDEX " + model::QuoteQualified(index.name), index.comment);
      step.transactional = false;
      step.online = OnlineForm::kConcurrentIndex;
    }
    Keep(std::move(step));
  }

  void Constraint(const model::QualifiedName& table, const model::Constraint& k, Step step) {
    std::string comment = k.comment ? CommentSql(ConstraintTarget(table, k.name), k.comment) : "";
    switch (k.kind) {
      case ConstraintKind::kCheck:
      case ConstraintKind::kForeignKey: {
        if (k.not_valid) return Keep(std::move(step));  // declared NOT VALID: nothing to validate
        step.sql = AlterTable(table) + " ADD " + ConstraintDefinitionSql(k) + " NOT VALID;\n" + comment;
        step.online = OnlineForm::kNotValid;
        Step add = std::move(step);
        Keep(add);
        Step& validate = Derived(add, ValidateSql(table, k.name), "validate " + model::Describe(ConstraintRef(table, k.name)));
        validate.phase = Phase::kContract;
        validate.transactional = false;
        validate.rank = kRankValidate;
        validate.online = OnlineForm::kValidate;
        validate.needs_new = {ConstraintRef(table, k.name)};
        return;
      }
      case ConstraintKind::kPrimaryKey:
      case ConstraintKind::kUnique:
        return KeyFromIndex(table, k, comment, std::move(step));
      case ConstraintKind::kExclusion:
        // ADD CONSTRAINT ... USING INDEX takes only unique b-tree indexes:
        // an exclusion constraint is built in place (its hazards say so).
        return Keep(std::move(step));
    }
  }

  // The unique index is built concurrently under the constraint's own name:
  // USING INDEX renames the index to the constraint's name otherwise.
  void KeyFromIndex(const model::QualifiedName& table, const model::Constraint& k, const std::string& comment,
                    Step step) {
    bool pk = k.kind == ConstraintKind::kPrimaryKey;
    model::Index index;
    index.name = {table.schema, k.name};
    index.table = table;
    index.unique = true;
    index.nulls_not_distinct = k.nulls_not_distinct;
    for (const auto& col : k.columns) index.keys.push_back({.column = col});
    index.include = k.include;
    Step& build = Derived(step, CreateIndexSql(index, true),
                          "create unique index " + k.name + " for " + model::Describe(ConstraintRef(table, k.name)));
    build.rank = kRankCreateIndex;
    build.transactional = false;
    build.online = OnlineForm::kConcurrentIndex;
    build.creates = {KeyIndexName(table, k)};
    build.needs_new = step.needs_new;

    std::string sql = AlterTable(table) + " ADD CONSTRAINT " + QuoteIdent(k.name) +
                      (pk ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + QuoteIdent(k.name);
    if (k.deferrable) sql += " DEFERRABLE";
    if (k.initially_deferred) sql += " INITIALLY DEFERRED";
    step.sql = sql + ";\n" + comment;
    step.online = OnlineForm::kKeyFromIndex;
    step.rank = kRankCreateIndex + 1;  // after the concurrent builds, which then run back to back
    step.creates = {ConstraintRef(table, k.name)};
    step.needs_new.push_back(KeyIndexName(table, k));
    // A primary key on a nullable column would SET NOT NULL with a scan.
    if (pk)
      for (const auto& col : k.columns) step.needs_new.push_back(NotNullMarker(table, col));
    Keep(std::move(step));
  }

  // A name for the temporary check, free on the table before and after.
  std::string TemporaryCheckName(const model::QualifiedName& table, const std::string& column) {
    auto taken = [&](const std::string& name) {
      for (const model::Catalog* catalog : {&ctx_.from, &ctx_.to}) {
        auto it = catalog->tables.find(table);
        if (it != catalog->tables.end() && it->second.FindConstraint(name)) return true;
      }
      return temporary_names_.count({table, name}) > 0;
    };
    const std::string label = "_not_null_tmp";
    for (int n = 0;; ++n) {
      std::string suffix = label + (n ? std::to_string(n) : "");
      std::string name = CutUtf8(table.name + "_" + column, 63 - suffix.size()) + suffix;
      if (!taken(name)) {
        temporary_names_.insert({table, name});
        return name;
      }
    }
  }

  // SET NOT NULL without a scan under ACCESS EXCLUSIVE: PostgreSQL 12+ skips
  // the scan when a validated CHECK (col IS NOT NULL) proves it, and the
  // check can be validated while writes go on.
  void OnlineNotNull(const model::QualifiedName& table, const std::string& column, const Step& from) {
    std::string check = TemporaryCheckName(table, column);
    std::string what = model::Describe(ColumnRef(table, column));
    ObjectRef column_ref = ColumnRef(table, column);

    Step& add = Derived(from,
                        AlterTable(table) + " ADD CONSTRAINT " + QuoteIdent(check) + " CHECK (" + QuoteIdent(column) +
                            " IS NOT NULL) NOT VALID;\n",
                        "add temporary check " + check + " for NOT NULL on " + what);
    add.phase = Phase::kContract;
    add.rank = kRankTemporaryCheck;
    add.online = OnlineForm::kNotValid;
    add.needs_new = {column_ref};
    add.creates = {ConstraintRef(table, check)};

    Step& validate = Derived(from, ValidateSql(table, check), "validate temporary check " + check + " on " + what);
    validate.phase = Phase::kContract;
    validate.rank = kRankValidate;
    validate.transactional = false;
    validate.online = OnlineForm::kValidate;
    validate.needs_new = {ConstraintRef(table, check)};
    validate.creates = {ValidatedMarker(table, check)};

    std::string alter = AlterTable(table) + " ALTER COLUMN " + QuoteIdent(column);
    Step& set = Derived(from, alter + " SET NOT NULL;\n" + AlterTable(table) + " DROP CONSTRAINT " + QuoteIdent(check) + ";\n",
                        from.description);
    set.phase = Phase::kContract;
    set.rank = kRankAlterColumn;
    set.online = OnlineForm::kNotNullFromCheck;
    set.needs_new = {column_ref, ValidatedMarker(table, check)};
    set.creates = {NotNullMarker(table, column)};
  }

  // A CHECK (col IS NOT NULL) valid before and kept already proves the
  // column: plain SET NOT NULL does not scan.
  bool ProvenByCheck(const model::QualifiedName& table, const std::string& column) const {
    const model::Table* before = OldTable(table);
    auto after = ctx_.to.tables.find(table);
    if (!before || after == ctx_.to.tables.end()) return false;
    const std::string wanted = QuoteIdent(column) + " IS NOT NULL";
    for (const auto& k : before->constraints) {
      if (k.kind != ConstraintKind::kCheck || k.not_valid || !k.check || k.check->key != wanted) continue;
      const model::Constraint* kept = after->second.FindConstraint(k.name);
      if (kept && kept->DefinitionKey() == k.DefinitionKey() && !kept->not_valid) return true;
    }
    return false;
  }

  void SetNotNull(const model::QualifiedName& table, const model::Column& column, Step step) {
    if (ProvenByCheck(table, column.name)) {
      // No row holds NULL: a backfill would only scan.
      step.sql = AlterTable(table) + " ALTER COLUMN " + QuoteIdent(column.name) + " SET NOT NULL;\n";
      step.phase = Phase::kContract;
      step.creates.push_back(NotNullMarker(table, column.name));
      return Keep(std::move(step));
    }
    Step from = std::move(step);
    if (column.backfill) Backfill(table, column, from);
    OnlineNotNull(table, column.name, from);
  }

  // Added nullable in expand (old code inserting rows without it keeps
  // working), filled by the user, made NOT NULL online in contract.
  void NotNullColumn(const model::QualifiedName& table, const model::Column& column, Step step) {
    model::Column nullable = column;
    nullable.not_null = false;
    step.sql = AlterTable(table) + " ADD COLUMN " + ColumnDefinitionSql(table, nullable) + ";\n";
    if (column.comment)
      step.sql += CommentSql("COLUMN " + model::QuoteQualified(table) + "." + QuoteIdent(column.name), column.comment);
    step.online = OnlineForm::kAddNullable;
    Keep(step);

    if (column.backfill) {
      Backfill(table, column, step);
    } else {
      std::string name = model::QuoteQualified(table) + "." + QuoteIdent(column.name);
      Step& fill = Derived(step,
                           "-- " + name + " is NOT NULL in the new schema and has no default: fill it now,\n" +
                               "-- in batches on a large table, e.g.\n" + "--   UPDATE " +
                               model::QuoteQualified(table) + " SET " + QuoteIdent(column.name) + " = ... WHERE " +
                               QuoteIdent(column.name) + " IS NULL;\n" +
                               "-- The contract phase fails while any row still holds NULL.\n",
                           "backfill " + model::Describe(ColumnRef(table, column.name)));
      fill.phase = Phase::kBackfill;
      fill.transactional = false;
      fill.online = OnlineForm::kBackfill;
      fill.needs_new = {ColumnRef(table, column.name)};
    }
    OnlineNotNull(table, column.name, step);
  }

  // The UPDATE of a backfill annotation, in the backfill phase (in one
  // transaction: the script cannot batch an arbitrary expression).
  void Backfill(const model::QualifiedName& table, const model::Column& column, const Step& from) {
    Step& fill = Derived(from, BackfillUpdateSql(table, column.name, *column.backfill),
                         "backfill " + model::Describe(ColumnRef(table, column.name)));
    fill.phase = Phase::kBackfill;
    fill.online = OnlineForm::kBackfill;
    fill.needs_new = {ColumnRef(table, column.name)};
    AddBackfillReads(*column.backfill, table, ctx_, &fill);
  }
};

}  // namespace

void MakeOnline(StepContext& ctx) { OnlinePlanner(ctx).Run(); }

}  // namespace sd::plan
