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
};

/// An ordered migration.
struct Plan {
  std::vector<Step> steps;
};

/// Turns changes from `from` to `to` into ordered steps. Returns false with
/// `error` naming the objects when a dependency cycle cannot be broken.
bool BuildPlan(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
               Plan* plan, std::string* error);

}  // namespace sd::plan
