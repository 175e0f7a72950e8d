// Executable steps in dependency order, each with its inverse's SQL kept apart.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"

namespace sd::plan {

/// A risk a step carries when run against a live database with data.
struct Hazard {
  std::string code;     ///< stable, e.g. "SD-H101"
  std::string message;  ///< one line naming the object
};

/// The phases of an online migration (--online), in the order they run.
/// Plain migrations leave every step in kExpand and print no phases.
enum class Phase : int {
  kExpand = 0,    ///< additive: old application code keeps working afterwards
  kBackfill = 1,  ///< new NOT NULL columns are filled (by the user, or by backfill annotations' UPDATEs)
  kContract = 2,  ///< validations, SET NOT NULL, drops: after the new code is deployed
};

/// What a step of an online migration does instead of its change's plain
/// statement. The lint stage reads it to tell which statement of a change
/// scans, blocks writes or can fail, rather than matching SQL text.
enum class OnlineForm {
  kPlain,            ///< the change's ordinary statement(s)
  kConcurrentIndex,  ///< CREATE / DROP INDEX CONCURRENTLY, outside a transaction: writes go on
  kNotValid,         ///< ADD CONSTRAINT ... NOT VALID: checks new rows only, no scan
  kValidate,         ///< VALIDATE CONSTRAINT: scans under SHARE UPDATE EXCLUSIVE (writes go on)
  kNotNullFromCheck, ///< SET NOT NULL proven by a validated check (no scan), then the check dropped
  kKeyFromIndex,     ///< ADD CONSTRAINT ... USING INDEX: adopts a concurrently built unique index
  kAddNullable,      ///< ADD COLUMN without its NOT NULL: the contract phase sets it after the backfill
  kBackfill,         ///< where a new NOT NULL column is filled: comments, or a backfill annotation's UPDATE
};

/// One unit of migration: SQL statements plus what they create, drop and
/// need, used to order steps and to explain them.
struct Step {
  std::string sql;            ///< one or more statements, each ending in ";\n"
  std::string description;    ///< e.g. "drop column public.t.c"
  bool transactional = true;  ///< false: must run outside BEGIN/COMMIT
  bool destructive = false;   ///< can lose data; withheld unless allowed
  std::string destructive_reason;
  int rank = 0;               ///< conventional position among independent steps
  std::vector<model::ObjectRef> creates;    ///< objects that exist (in new shape) after it
  std::vector<model::ObjectRef> drops;      ///< objects (old shape) gone after it
  std::vector<model::ObjectRef> needs_new;  ///< must exist in new shape first
  std::vector<model::ObjectRef> needs_old;  ///< old objects it uses; their drops wait for it
  std::vector<model::ObjectRef> waits_for_drop;  ///< objects whose drop must come first
  int change_index = -1;       ///< the change (in BuildPlan's input) this step implements
  std::vector<Hazard> hazards;  ///< filled by the lint stage
  Phase phase = Phase::kExpand;            ///< online migrations: when it runs (ordering may move it later)
  OnlineForm online = OnlineForm::kPlain;  ///< online migrations: how it avoids long locks and scans
};

/// An ordered migration.
struct Plan {
  std::vector<Step> steps;
  bool online = false;  ///< planned with PlanOptions::online: steps carry phases
};

/// How to plan.
struct PlanOptions {
  /// Avoid long ACCESS EXCLUSIVE locks and blocking scans on tables that
  /// exist: concurrent index builds, NOT VALID + VALIDATE, SET NOT NULL
  /// through a validated check, keys adopting a unique index; steps split
  /// into expand / backfill / contract phases (docs/online.md).
  bool online = false;
};

/// Turns changes from `from` to `to` into ordered steps. Returns false with
/// `error` naming the objects when a dependency cycle cannot be broken.
bool BuildPlan(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
               Plan* plan, std::string* error, const PlanOptions& options = {});

}  // namespace sd::plan
