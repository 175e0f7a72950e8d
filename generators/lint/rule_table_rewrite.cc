// SD-H201 table-rewrite: the step makes PostgreSQL write a new copy of a
// table that has rows (and rebuild all its indexes).
#include "lint/facts.h"

namespace sd::lint {
namespace {

class TableRewriteRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    for (const auto& r : Rewrites(in))
      out->push_back("rewrites table " + Name(r.table) + " and rebuilds its indexes: " + r.reason);
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTableRewriteRule() { return std::make_unique<TableRewriteRule>(); }

}  // namespace sd::lint
