// The interface each hazard rule implements, and the registry's factories.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diff/change.h"
#include "model/catalog.h"
#include "plan/plan.h"

namespace sd::lint {

/// Facts about the whole migration, computed once and shared by all rules.
struct Migration {
  const std::vector<diff::Change>& changes;
  const model::Catalog& from;
  const model::Catalog& to;
  const plan::Plan& plan;
  /// Enum values added by ALTER TYPE ... ADD VALUE steps that run outside
  /// the migration's transaction, by type.
  std::map<model::QualifiedName, std::vector<std::string>> values_added_outside;
  /// The old catalog's columns by user type, built on first use (SwappedColumns).
  mutable std::optional<model::ColumnsByType> from_columns_by_type;
};

/// One step as a rule sees it: with the change it implements.
struct StepInput {
  const plan::Step& step;
  const diff::Change& change;
  const Migration& migration;
};

/// A hazard rule: looks at one step and says what can go wrong when it runs
/// against a database with data. The registry supplies the code.
class Rule {
 public:
  virtual ~Rule() = default;
  /// Appends one line per hazard found, naming the object.
  virtual void Check(const StepInput& in, std::vector<std::string>* messages) const = 0;
};

// One factory per rule file (rule_<name>.cc), registered in registry.cc.
std::unique_ptr<Rule> MakeDataLossRule();            // SD-H101
std::unique_ptr<Rule> MakeNarrowingTypeRule();       // SD-H102
std::unique_ptr<Rule> MakeTableRewriteRule();        // SD-H201
std::unique_ptr<Rule> MakeExclusiveLockRule();       // SD-H202
std::unique_ptr<Rule> MakeValidationScanRule();      // SD-H301
std::unique_ptr<Rule> MakeMayFailRule();             // SD-H302
std::unique_ptr<Rule> MakeBlockingIndexRule();       // SD-H401
std::unique_ptr<Rule> MakeNewEnumValueUsedRule();    // SD-H402
std::unique_ptr<Rule> MakeVolatileDefaultRule();     // SD-H403

}  // namespace sd::lint
