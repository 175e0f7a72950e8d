// `schemadiff check`, offline: the migrations of a directory replayed in
// order through schemadiff's DDL interpreter (no database), and each down
// applied after its up to see that it restores the catalog before the up.
#pragma once

#include <string>
#include <vector>

#include "migration_dir.h"
#include "model/catalog.h"
#include "model/diagnostic.h"
#include "verify_report.h"

namespace sd::tools {

/// A down migration that does not undo its up.
struct BadDown {
  std::string down_file;                 ///< path of the down (for dbmate: the migration's file)
  std::string up_file;
  std::string error;                     ///< why it failed to run (PostgreSQL's message), when it did
  std::vector<Difference> differences;   ///< expected: before the up; actual: after up + down
};

/// The outcome of a replay.
struct Replay {
  model::Catalog catalog;                     ///< after every up
  std::vector<model::Diagnostic> diagnostics; ///< of the ups and downs, in file order
  bool ok = true;                             ///< false when an up or a down did not parse or apply
  std::vector<BadDown> bad_downs;             ///< only when downs were checked
  size_t downs_checked = 0;
};

/// Applies every up in order to an empty catalog; with `check_downs`, also
/// each down (to a copy of the catalog after its up), comparing the result
/// with the catalog before the up. Stops at the first up that fails.
Replay ReplayMigrations(const std::vector<MigrationEntry>& migrations, bool check_downs);

}  // namespace sd::tools
