// Per-kind planning of changes into steps (one file per kind: steps_<kind>.cc).
#pragma once

#include <optional>
#include <vector>

#include "diff/change.h"
#include "plan/plan.h"

namespace sd::plan {

/// Conventional order of independent steps: what a reviewer expects to read.
enum Rank : int {
  kRankFirst = -100,  ///< forward renames
  kRankCreateSchema = 0,
  kRankCreateExtension = 10,
  kRankType = 20,
  kRankCreateSequence = 30,
  kRankDropPolicy = 33,
  kRankDropTrigger = 35,
  kRankDropView = 37,
  kRankDropForeignKey = 40,
  kRankDropConstraint = 50,
  kRankDropIndex = 60,
  kRankCreateFunction = 65,
  kRankCreateTable = 70,
  kRankAlterColumn = 80,
  kRankAlterSequence = 90,
  kRankAddConstraint = 100,
  kRankCreateIndex = 110,
  kRankAddForeignKey = 120,
  kRankCreateView = 125,
  kRankCreateTrigger = 127,
  kRankCreatePolicy = 128,
  kRankDropColumn = 130,
  kRankDropTable = 140,
  kRankDropFunction = 145,
  kRankDropSequence = 150,
  kRankDropType = 160,
  kRankDropExtension = 170,
  kRankDropSchema = 180,
  kRankPrivilege = 185,
  kRankComment = 190,
  kRankLast = 1000,  ///< backward renames
};

/// Inputs shared by the per-kind planners and the steps they produce.
struct StepContext {
  const model::Catalog& from;
  const model::Catalog& to;
  const std::vector<diff::Change>& changes;
  std::vector<Step> steps;

  /// Appends a step with the given SQL, rank and description.
  Step& Add(std::string sql, int rank, std::string description);
  /// True when the change list alters `aspect` of the object `target`.
  bool HasChange(const model::ObjectRef& target, diff::Aspect aspect) const;
  /// The old catalog's columns by user type (built on first use).
  const model::ColumnsByType& FromColumnsByType();

  std::optional<model::ColumnsByType> from_columns_by_type;  ///< cache of FromColumnsByType
};

void PlanSchemaChange(const diff::Change& change, StepContext& ctx);
void PlanEnumChange(const diff::Change& change, StepContext& ctx);
void PlanSequenceChange(const diff::Change& change, StepContext& ctx);
void PlanTableChange(const diff::Change& change, StepContext& ctx);
void PlanColumnChange(const diff::Change& change, StepContext& ctx);
void PlanConstraintChange(const diff::Change& change, StepContext& ctx);
void PlanIndexChange(const diff::Change& change, StepContext& ctx);
/// A partition's bound (DETACH + ATTACH) or a table's partitioning (re-created with its rows).
void PlanPartitionChange(const diff::Change& change, StepContext& ctx);
void PlanRenameChange(const diff::Change& change, StepContext& ctx);
// Object kinds beyond tables: one file each (steps_<kind>.cc).
void PlanViewChange(const diff::Change& change, StepContext& ctx);
void PlanFunctionChange(const diff::Change& change, StepContext& ctx);
void PlanTriggerChange(const diff::Change& change, StepContext& ctx);
void PlanPolicyChange(const diff::Change& change, StepContext& ctx);
/// Domains and their constraints, composite and range types.
void PlanDomainChange(const diff::Change& change, StepContext& ctx);
/// Grants and owners.
void PlanPrivilegeChange(const diff::Change& change, StepContext& ctx);

/// For a type swap retyping `column` of `table`: unchanged indexes and
/// checks whose expressions use the column are dropped (`before`) and
/// re-created (`after`) around the conversion inside `step`; changed or
/// dropped ones have their own steps, which `step` waits for.
void LiftDependents(const model::QualifiedName& table, const std::string& column, StepContext& ctx, Step* step,
                    std::string* before, std::string* after);

/// Backfill annotations (steps_backfill.cc). The marker a table's backfill
/// INSERT creates: backfills that read the table wait for it.
model::ObjectRef BackfilledRowsRef(const model::QualifiedName& table);
/// Orders `step` after the new relations and columns `backfill` reads (and
/// their backfills), and before the drops of old ones it reads.
void AddBackfillReads(const model::Backfill& backfill, const model::QualifiedName& table, const StepContext& ctx,
                      Step* step);
/// `UPDATE table SET column = (expr) WHERE column IS NULL;`
std::string BackfillUpdateSql(const model::QualifiedName& table, const std::string& column,
                              const model::Backfill& backfill);
/// The INSERT of a new table's backfill annotation, if it has one.
void PlanTableBackfill(const model::Table& table, StepContext& ctx);

/// The ADD CONSTRAINT step (with comment) for a constraint of `table`.
void AddConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx);
/// The DROP CONSTRAINT step for a constraint of `table` in the old catalog.
void DropConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx);

}  // namespace sd::plan
