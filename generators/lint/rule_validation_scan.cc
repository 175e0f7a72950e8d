// SD-H301 validation-scan: the step reads every row of a table that has
// rows to check a new rule (NOT NULL, CHECK, FOREIGN KEY, uniqueness) while
// writes wait.
// Online steps (step.online) have none: Scans() skips them.
#include "lint/facts.h"

namespace sd::lint {
namespace {

class ValidationScanRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    for (const auto& s : Scans(in))
      out->push_back(s.what + " checks every existing row while " +
                     (s.access_exclusive ? "reads and writes wait" : "writes to both tables wait"));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeValidationScanRule() { return std::make_unique<ValidationScanRule>(); }

}  // namespace sd::lint
