// The planning pipeline shared by every command: rename annotations, one
// diff, both directions planned and linted.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"
#include "model/diagnostic.h"
#include "plan/plan.h"

namespace sd::tools {

/// Forward and backward migrations from one diff.
struct Migrations {
  model::Catalog renamed_old;         ///< OLD with NEW's rename annotations applied
  std::vector<diff::Change> changes;  ///< renames first, then the diff
  plan::Plan up;                      ///< OLD → NEW
  plan::Plan down;                    ///< NEW → OLD: the same changes inverted
  std::vector<std::string> rename_hints;  ///< drop + add pairs that look like renames
};

/// Which directions a command needs planned: planning and linting one
/// costs as much as the diff itself on large schemas.
enum class Directions { kBoth, kUpOnly, kDownOnly };

/// Plans both directions (with hazards) from loaded catalogs; OLD is taken
/// by value (move it in when it is not needed afterwards). Notes about
/// rename annotations go to `diagnostics`. False with `error` on a
/// dependency cycle. `options` apply to both directions (--online); a
/// direction left out by `directions` stays an empty plan.
bool PlanMigrations(model::Catalog old_catalog, const model::Catalog& new_catalog, Migrations* out,
                    std::vector<model::Diagnostic>* diagnostics, std::string* error,
                    const plan::PlanOptions& options = {}, Directions directions = Directions::kBoth);

}  // namespace sd::tools
