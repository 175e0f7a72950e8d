// SD-H302 may-fail-on-existing-data: the step succeeds on an empty database
// but fails when existing rows do not satisfy the new definition.
#include "lint/facts.h"
#include "model/quote.h"
#include "plan/type_change.h"

namespace sd::lint {
namespace {

using diff::Aspect;
using diff::ChangeKind;
using model::ConstraintKind;
using model::ObjectKind;

// Columns read by an index-like key list (plain columns and expressions).
std::vector<std::string> KeyColumns(const std::vector<model::IndexKey>& keys) {
  std::vector<std::string> out;
  for (const auto& k : keys) {
    if (!k.column.empty()) out.push_back(k.column);
    if (k.expr) out.insert(out.end(), k.expr->columns.begin(), k.expr->columns.end());
  }
  return out;
}

class MayFailRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    // Online: of the steps of one change, only the one that reads existing
    // rows (VALIDATE, a concurrent unique build) can fail on them.
    switch (in.step.online) {
      case plan::OnlineForm::kNotValid:
      case plan::OnlineForm::kKeyFromIndex:
      case plan::OnlineForm::kNotNullFromCheck:
      case plan::OnlineForm::kAddNullable:
      case plan::OnlineForm::kBackfill:
        return;
      default:
        break;
    }
    switch (c.target.kind) {
      case ObjectKind::kColumn: return CheckColumn(in, out);
      case ObjectKind::kConstraint: return CheckConstraint(in, out);
      case ObjectKind::kIndex: return CheckIndex(in, out);
      case ObjectKind::kEnumType: return CheckEnumSwap(in, out);
      default: return;
    }
  }

 private:
  static void CheckColumn(const StepInput& in, std::vector<std::string>* out) {
    const diff::Change& c = in.change;
    const model::QualifiedName& table = c.target.name;
    const std::string column = ColumnName(table, c.target.sub);
    if (!OldTable(in.migration, table)) return;
    const model::Column* a = ColumnBefore(c);
    const model::Column* b = ColumnAfter(c);
    if (c.kind == ChangeKind::kCreate && b && in.step.online == plan::OnlineForm::kValidate) {
      out->push_back("validating NOT NULL on new column " + column + " fails while a row still holds NULL (backfill it)");
      return;
    }
    if (c.kind == ChangeKind::kCreate && b) {
      if (b->not_null && !b->default_value && !b->identity && !b->generated)
        out->push_back(!b->backfill
                           ? "ADD COLUMN " + column + " NOT NULL without a default fails if the table has any row"
                           : "ADD COLUMN " + column + " NOT NULL is filled by its backfill annotation; SET NOT NULL "
                             "fails if the backfill leaves a row NULL");
      return;
    }
    if (c.kind != ChangeKind::kAlter || !a || !b) return;
    if (c.aspect == Aspect::kColumnNotNull && b->not_null && !NotNullProven(in.migration, table, b->name))
      out->push_back("SET NOT NULL on " + column +
                     (!b->backfill ? " fails if a row holds NULL"
                                          : " fails if its backfill annotation leaves a row NULL"));
    if (c.aspect == Aspect::kColumnType && a->type != b->type &&
        (plan::NeedsUsing(a->type, b->type) || !plan::IsLosslessConversion(a->type, b->type)))
      out->push_back("changing " + column + " from " + model::TypeSql(a->type) + " to " + model::TypeSql(b->type) +
                     " fails if a stored value does not convert");
  }

  static void CheckConstraint(const StepInput& in, std::vector<std::string>* out) {
    const diff::Change& c = in.change;
    const model::QualifiedName& table = c.target.name;
    const model::Table* old_table = OldTable(in.migration, table);
    const model::Constraint* after = ConstraintAfter(c);
    if (!old_table || !after) return;
    const model::Constraint& k = *after;
    if (c.kind == ChangeKind::kAlter && c.aspect == Aspect::kConstraintValidate) {
      if (!k.not_valid)
        out->push_back("VALIDATE CONSTRAINT " + k.name + " on " + Name(table) +
                       " fails if an existing row violates it");
      return;
    }
    if (c.kind != ChangeKind::kCreate) return;
    const std::string what = k.name + " on " + Name(table);
    switch (k.kind) {
      case ConstraintKind::kPrimaryKey:
        if (AnyOldColumn(*old_table, k.columns))
          out->push_back("PRIMARY KEY " + what + " fails if existing rows hold duplicates or NULLs");
        break;
      case ConstraintKind::kUnique:
        if (AnyOldColumn(*old_table, k.columns))
          out->push_back("UNIQUE constraint " + what + " fails if existing rows hold duplicates");
        break;
      case ConstraintKind::kExclusion:
        if (AnyOldColumn(*old_table, KeyColumns(k.exclusion_keys)))
          out->push_back("EXCLUDE constraint " + what + " fails if existing rows conflict");
        break;
      case ConstraintKind::kCheck:
        if (!k.not_valid) out->push_back("CHECK constraint " + what + " fails if an existing row violates it");
        break;
      case ConstraintKind::kForeignKey:
        if (!k.not_valid)
          out->push_back("FOREIGN KEY " + what + " fails if an existing row has no match in " +
                         Name(k.foreign_key->ref_table));
        break;
    }
  }

  static void CheckIndex(const StepInput& in, std::vector<std::string>* out) {
    const diff::Change& c = in.change;
    const model::Index* index = After<model::Index>(c);
    if (c.kind != ChangeKind::kCreate || !index || !index->unique) return;
    const model::Table* old_table = OldTable(in.migration, index->table);
    if (old_table && AnyOldColumn(*old_table, KeyColumns(index->keys)))
      out->push_back("unique index " + Name(index->name) + " on " + Name(index->table) +
                     " fails if existing rows hold duplicates");
  }

  static void CheckEnumSwap(const StepInput& in, std::vector<std::string>* out) {
    if (!IsEnumSwap(in)) return;
    std::string removed = RemovedValues(in.change);
    if (removed.empty()) return;
    for (const auto& [table, columns] : SwappedColumns(in))
      for (const auto& col : columns)
        out->push_back("converting " + ColumnName(table, col) + " to the new " + Name(in.change.target.name) +
                       " fails if a row holds removed value " + removed);
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMayFailRule() { return std::make_unique<MayFailRule>(); }

}  // namespace sd::lint
