// SD-H401 blocking-index-build: CREATE INDEX without CONCURRENTLY on a table
// that has rows blocks every write to it until the index is built.
#include "lint/facts.h"

namespace sd::lint {
namespace {

class BlockingIndexRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    if (c.target.kind != model::ObjectKind::kIndex || c.kind != diff::ChangeKind::kCreate) return;
    const auto& index = std::get<model::Index>(c.after);
    if (!OldTable(in.migration, index.table)) return;
    out->push_back("CREATE INDEX " + Name(index.name) + " blocks writes to " + Name(index.table) +
                   " until the index is built");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBlockingIndexRule() { return std::make_unique<BlockingIndexRule>(); }

}  // namespace sd::lint
