// Facts about steps that more than one rule needs: does the table have rows,
// does PostgreSQL rewrite or scan it, which functions are volatile.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lint/rule.h"

namespace sd::lint {

/// The object a change holds before / after, or null when it holds another
/// kind (a rename holds ObjectRefs) or none (a create has no before).
template <typename T>
const T* Before(const diff::Change& change) {
  return std::get_if<T>(&change.before);
}
template <typename T>
const T* After(const diff::Change& change) {
  return std::get_if<T>(&change.after);
}
/// The column a column change holds before / after, or null.
const model::Column* ColumnBefore(const diff::Change& change);
const model::Column* ColumnAfter(const diff::Change& change);
/// The constraint a constraint change holds after, or null.
const model::Constraint* ConstraintAfter(const diff::Change& change);

/// "schema.name" for messages.
std::string Name(const model::QualifiedName& name);
/// "schema.table.column" for messages.
std::string ColumnName(const model::QualifiedName& table, const std::string& column);

/// The table as it was before the migration, or null when the migration
/// creates it: a new table has no rows, so nothing on it can be slow or fail.
const model::Table* OldTable(const Migration& migration, const model::QualifiedName& table);

/// True when any of `columns` existed in `old_table` (so may hold data).
bool AnyOldColumn(const model::Table& old_table, const std::vector<std::string>& columns);

/// True when `step` creates / drops `ref`: tells apart the steps of a change
/// planned as several (DROP TABLE after its foreign keys, ...).
bool StepCreates(const plan::Step& step, const model::ObjectRef& ref);
bool StepDrops(const plan::Step& step, const model::ObjectRef& ref);

/// Why ALTER COLUMN ... TYPE from `from` to `to` rewrites the table; empty
/// when PostgreSQL 15 only relabels the column (binary-compatible types, or a
/// length / precision that only widens).
std::string TypeChangeRewrite(const model::TypeRef& from, const model::TypeRef& to);

/// Names of the volatile functions the expression calls (nextval, random,
/// clock_timestamp, gen_random_uuid, ...), in order, without repeats.
std::vector<std::string> VolatileCalls(const model::Expr& expr);

/// Why ADD COLUMN of `column` rewrites a table that has rows (volatile
/// default, identity, stored generated column); empty when it does not.
std::string AddColumnRewrite(const model::Column& column);

/// A table with rows that a step rewrites, and why.
struct Rewrite {
  model::QualifiedName table;
  std::string reason;
};
/// Every table with rows that the step rewrites.
std::vector<Rewrite> Rewrites(const StepInput& in);

/// A check of every existing row that a step makes while blocking writes.
struct Scan {
  model::QualifiedName table;
  std::string what;         ///< e.g. "SET NOT NULL on public.t.c"
  bool access_exclusive;    ///< true: reads wait too; false: SHARE ROW EXCLUSIVE
};
/// The validation scans a step makes (SET NOT NULL, constraints added
/// without NOT VALID, primary keys and unique constraints); none for the
/// steps of an online migration (step.online), which are built to avoid them.
std::vector<Scan> Scans(const StepInput& in);

/// True when SET NOT NULL on `column` needs no scan: a CHECK (column IS NOT
/// NULL) is valid before the migration and kept by it.
bool NotNullProven(const Migration& migration, const model::QualifiedName& table, const std::string& column);

/// Contents of the string literals in SQL text, unescaped ('it''s' → it's).
std::vector<std::string> StringLiterals(std::string_view sql);

/// The columns of an enum type that an enum swap converts, by table (only
/// tables that exist before; those are the ones with rows).
std::vector<std::pair<model::QualifiedName, std::vector<std::string>>> SwappedColumns(const StepInput& in);

/// True when the step is the type swap of an enum (values removed or reordered).
bool IsEnumSwap(const StepInput& in);

/// The values an enum change removes, quoted and comma-separated: "'a', 'b'";
/// empty when none.
std::string RemovedValues(const diff::Change& change);

}  // namespace sd::lint
