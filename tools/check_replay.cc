#include "check_replay.h"

#include "verify_compare.h"

namespace sd::tools {

Replay ReplayMigrations(const std::vector<MigrationEntry>& migrations, bool check_downs) {
  Replay replay;
  // An empty load gives the catalog an empty database starts from.
  parser::LoadSchema({}, &replay.catalog, &replay.diagnostics);
  for (const auto& migration : migrations) {
    model::Catalog before;
    if (check_downs && migration.down) before = replay.catalog;
    if (!parser::ApplyStatements(migration.up, &replay.catalog, &replay.diagnostics)) {
      replay.ok = false;
      return replay;
    }
    if (!check_downs || !migration.down) continue;
    model::Catalog undone = replay.catalog;
    ++replay.downs_checked;
    std::vector<model::Diagnostic> diagnostics;
    if (!parser::ApplyStatements(*migration.down, &undone, &diagnostics)) replay.ok = false;
    replay.diagnostics.insert(replay.diagnostics.end(), diagnostics.begin(), diagnostics.end());
    if (!replay.ok) continue;  // reported as an error, not as a bad down
    std::vector<Difference> differences = Compare(before, undone);
    if (!differences.empty())
      replay.bad_downs.push_back({migration.down->name, migration.up.name, "", std::move(differences)});
  }
  return replay;
}

}  // namespace sd::tools
