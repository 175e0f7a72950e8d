// SD-H202 long-exclusive-lock: the step holds ACCESS EXCLUSIVE (no reads, no
// writes) on a table with rows for as long as it rewrites or scans it.
// Scans of online steps (step.online) are not reported (Scans() skips
// them); rewrites are, --online does not avoid them.
#include "lint/facts.h"

namespace sd::lint {
namespace {

class ExclusiveLockRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    for (const auto& r : Rewrites(in))
      out->push_back("holds ACCESS EXCLUSIVE on " + Name(r.table) + " while the table is rewritten");
    for (const auto& s : Scans(in))
      if (s.access_exclusive)
        out->push_back("holds ACCESS EXCLUSIVE on " + Name(s.table) + " while " + s.what + " reads every row");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeExclusiveLockRule() { return std::make_unique<ExclusiveLockRule>(); }

}  // namespace sd::lint
