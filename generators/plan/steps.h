// Per-kind planning of changes into steps (one file per kind: steps_<kind>.cc).
#pragma once

#include <vector>

#include "diff/change.h"
#include "plan/plan.h"

namespace sd::plan {

/// Conventional order of independent steps: what a reviewer expects to read.
enum Rank : int {
  kRankFirst = -10,  ///< forward renames
  kRankCreateSchema = 0,
  kRankCreateExtension = 1,
  kRankType = 2,
  kRankCreateSequence = 3,
  kRankDropForeignKey = 4,
  kRankDropConstraint = 5,
  kRankDropIndex = 6,
  kRankCreateTable = 7,
  kRankAlterColumn = 8,
  kRankAlterSequence = 9,
  kRankAddConstraint = 10,
  kRankCreateIndex = 11,
  kRankAddForeignKey = 12,
  kRankDropColumn = 13,
  kRankDropTable = 14,
  kRankDropSequence = 15,
  kRankDropType = 16,
  kRankDropExtension = 17,
  kRankDropSchema = 18,
  kRankComment = 19,
  kRankLast = 100,  ///< backward renames
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
};

void PlanSchemaChange(const diff::Change& change, StepContext& ctx);
void PlanEnumChange(const diff::Change& change, StepContext& ctx);
void PlanSequenceChange(const diff::Change& change, StepContext& ctx);
void PlanTableChange(const diff::Change& change, StepContext& ctx);
void PlanColumnChange(const diff::Change& change, StepContext& ctx);
void PlanConstraintChange(const diff::Change& change, StepContext& ctx);
void PlanIndexChange(const diff::Change& change, StepContext& ctx);
void PlanRenameChange(const diff::Change& change, StepContext& ctx);

/// The ADD CONSTRAINT step (with comment) for a constraint of `table`.
void AddConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx);
/// The DROP CONSTRAINT step for a constraint of `table` in the old catalog.
void DropConstraintStep(const model::QualifiedName& table, const model::Constraint& c, StepContext& ctx);

}  // namespace sd::plan
