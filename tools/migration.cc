#include "migration.h"

#include "diff/diff.h"
#include "diff/rename_hints.h"
#include "lint/lint.h"
#include "parser/renames.h"

namespace sd::tools {

bool PlanMigrations(model::Catalog old_catalog, const model::Catalog& new_catalog, Migrations* out,
                    std::vector<model::Diagnostic>* diagnostics, std::string* error,
                    const plan::PlanOptions& options, Directions directions) {
  // Renames annotated in NEW are applied to (a copy of) OLD first, so the
  // diff sees renamed objects as the same ones. The backward migration is
  // the inverse of the same diff, not a second diff.
  out->renamed_old = std::move(old_catalog);
  std::vector<model::Rename> renames = parser::ApplyRenameAnnotations(&out->renamed_old, new_catalog, diagnostics);
  out->changes = diff::RenameChanges(renames);
  for (auto& change : diff::Diff(out->renamed_old, new_catalog)) out->changes.push_back(std::move(change));
  out->rename_hints = diff::RenameHints(out->changes);
  std::vector<diff::Change> inverse = diff::Invert(out->changes);
  if (directions != Directions::kDownOnly) {
    if (!plan::BuildPlan(out->changes, out->renamed_old, new_catalog, &out->up, error, options)) return false;
    lint::Annotate(out->changes, out->renamed_old, new_catalog, &out->up);
  }
  if (directions != Directions::kUpOnly) {
    if (!plan::BuildPlan(inverse, new_catalog, out->renamed_old, &out->down, error, options)) return false;
    lint::Annotate(inverse, new_catalog, out->renamed_old, &out->down);
  }
  return true;
}

}  // namespace sd::tools
