// The lint stage: hazard rules annotate the steps of a plan.
#pragma once

#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"
#include "plan/plan.h"

namespace sd::lint {

/// What a registered hazard rule is, for listings and documentation.
struct RuleInfo {
  std::string code;     ///< stable, e.g. "SD-H101"; never reused for another rule
  std::string name;     ///< short slug, e.g. "data-loss"
  std::string summary;  ///< one line
  std::string doc;      ///< page path relative to the repository, e.g. "docs/hazards/SD-H101.md"
};

/// Runs every registered rule on every step of `plan` and fills each step's
/// `hazards` (replacing what was there), in rule-code order. `changes`,
/// `from` and `to` are the inputs `plan` was built from: step.change_index
/// indexes `changes`. Steps without SQL carry no hazards.
void Annotate(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
              plan::Plan* plan);

/// Every registered rule, sorted by code.
const std::vector<RuleInfo>& Rules();

}  // namespace sd::lint
