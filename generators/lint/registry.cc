// The rule registry: every hazard rule under its stable code, and the
// driver that runs them over a plan.
#include <algorithm>
#include <memory>

#include "lint/lint.h"
#include "lint/rule.h"

namespace sd::lint {
namespace {

struct Registration {
  RuleInfo info;
  std::unique_ptr<Rule> rule;
};

Registration Register(const char* code, const char* name, const char* summary, std::unique_ptr<Rule> rule) {
  return {{code, name, summary, std::string("docs/hazards/") + code + ".md"}, std::move(rule)};
}

// Codes are stable: a retired rule keeps its code unused. Keep sorted by code.
const std::vector<Registration>& Registry() {
  static const std::vector<Registration>* registry = [] {
    auto* r = new std::vector<Registration>();
    r->push_back(Register("SD-H101", "data-loss", "drops data: table, column, sequence, identity, enum value",
                          MakeDataLossRule()));
    r->push_back(Register("SD-H102", "narrowing-type-change",
                          "column type change that may fail or truncate existing values", MakeNarrowingTypeRule()));
    r->push_back(Register("SD-H201", "table-rewrite", "rewrites a table that has rows and rebuilds its indexes",
                          MakeTableRewriteRule()));
    r->push_back(Register("SD-H202", "long-exclusive-lock",
                          "holds ACCESS EXCLUSIVE for a whole rewrite or scan: reads and writes wait",
                          MakeExclusiveLockRule()));
    r->push_back(Register("SD-H301", "validation-scan",
                          "reads every row to validate NOT NULL, CHECK, FOREIGN KEY or uniqueness while writes wait",
                          MakeValidationScanRule()));
    r->push_back(Register("SD-H302", "may-fail-on-existing-data",
                          "succeeds on an empty database but fails if existing rows do not fit",
                          MakeMayFailRule()));
    r->push_back(Register("SD-H401", "blocking-index-build",
                          "CREATE INDEX without CONCURRENTLY blocks writes while it builds", MakeBlockingIndexRule()));
    r->push_back(Register("SD-H402", "new-enum-value-used",
                          "uses an enum value that ADD VALUE commits outside the migration's transaction",
                          MakeNewEnumValueUsedRule()));
    r->push_back(Register("SD-H403", "volatile-default",
                          "ADD COLUMN with a volatile default evaluates it per row and rewrites the table",
                          MakeVolatileDefaultRule()));
    return r;
  }();
  return *registry;
}

// Values each non-transactional ADD VALUE step adds, by enum type.
std::map<model::QualifiedName, std::vector<std::string>> ValuesAddedOutside(
    const std::vector<diff::Change>& changes, const plan::Plan& plan) {
  std::map<model::QualifiedName, std::vector<std::string>> out;
  for (const auto& step : plan.steps) {
    if (step.transactional || step.change_index < 0 || step.change_index >= static_cast<int>(changes.size())) continue;
    const diff::Change& c = changes[step.change_index];
    const auto* before = std::get_if<model::EnumType>(&c.before);
    const auto* after = std::get_if<model::EnumType>(&c.after);
    if (c.aspect != diff::Aspect::kEnumValues || !before || !after) continue;
    for (const auto& v : after->values)
      if (std::find(before->values.begin(), before->values.end(), v) == before->values.end())
        out[c.target.name].push_back(v);
  }
  return out;
}

}  // namespace

void Annotate(const std::vector<diff::Change>& changes, const model::Catalog& from, const model::Catalog& to,
              plan::Plan* plan) {
  Migration migration{changes, from, to, *plan, ValuesAddedOutside(changes, *plan)};
  for (auto& step : plan->steps) {
    step.hazards.clear();
    // A step without SQL (a sequence going away with its column) does nothing itself.
    if (step.sql.empty() || step.change_index < 0 || step.change_index >= static_cast<int>(changes.size())) continue;
    StepInput in{step, changes[step.change_index], migration};
    for (const auto& r : Registry()) {
      std::vector<std::string> messages;
      r.rule->Check(in, &messages);
      for (auto& m : messages) step.hazards.push_back({r.info.code, std::move(m)});
    }
  }
}

const std::vector<RuleInfo>& Rules() {
  static const std::vector<RuleInfo>* rules = [] {
    auto* out = new std::vector<RuleInfo>();
    for (const auto& r : Registry()) out->push_back(r.info);
    return out;
  }();
  return *rules;
}

}  // namespace sd::lint
