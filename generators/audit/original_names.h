// Names as the database has them before the migration. The plan is built on
// OLD with NEW's rename annotations already applied, but the audit runs
// before any rename: every table and column it reads is spelled the old way.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/object_ref.h"

namespace sd::audit {

/// Undoes the renames of a migration on names of the renamed catalog.
class OriginalNames {
 public:
  /// Collects the rename changes (Aspect::kRename) of `changes`, which are
  /// listed in the order they were resolved.
  explicit OriginalNames(const std::vector<diff::Change>& changes);

  /// The name `table` (renamed catalog) has in the database before migrating.
  model::QualifiedName Table(const model::QualifiedName& table) const;
  /// The name enum type `type` (renamed catalog) has before migrating.
  model::QualifiedName Type(const model::QualifiedName& type) const;
  /// The name column `column` of `table` (both renamed) has before migrating.
  std::string Column(const model::QualifiedName& table, const std::string& column) const;
  /// True when the table or any of its columns is renamed by the migration.
  bool TouchesTable(const model::QualifiedName& table) const;

 private:
  std::vector<model::Rename> renames_;  ///< in resolution order
};

}  // namespace sd::audit
