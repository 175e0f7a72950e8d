// Online migrations (--online): the planned steps restated so that none
// holds a long ACCESS EXCLUSIVE lock or scans a table with rows while writes
// wait, each placed in the expand, backfill or contract phase.
#pragma once

#include "plan/steps.h"

namespace sd::plan {

/// Rewrites `ctx.steps` (before ordering; each step's change_index set) for
/// an online migration of tables that exist in `ctx.from`:
/// - CREATE / DROP INDEX run CONCURRENTLY, outside a transaction;
/// - CHECK and FOREIGN KEY constraints are added NOT VALID, then validated
///   in the contract phase, each VALIDATE in a transaction of its own;
/// - SET NOT NULL goes through a temporary CHECK (col IS NOT NULL): added
///   NOT VALID, validated, then SET NOT NULL (no scan) and the check dropped;
/// - PRIMARY KEY / UNIQUE build their unique index concurrently under the
///   constraint's name, then ADD CONSTRAINT ... USING INDEX;
/// - a new NOT NULL column without a default is added nullable, followed by
///   a backfill placeholder and the online SET NOT NULL in the contract phase;
/// - drops, validations and SET NOT NULL go to the contract phase, all else
///   to expand (OrderSteps moves a step later when it must follow one there).
/// Steps on tables the migration creates are left as they are: empty tables
/// have nothing to scan.
void MakeOnline(StepContext& ctx);

}  // namespace sd::plan
