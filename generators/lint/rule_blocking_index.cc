// SD-H401 blocking-index-build: CREATE INDEX without CONCURRENTLY on a table
// that has rows blocks every write to it until the index is built.
#include "lint/facts.h"

namespace sd::lint {
namespace {

class BlockingIndexRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    const model::Index* index = After<model::Index>(c);
    if (c.kind != diff::ChangeKind::kCreate || !index || !OldTable(in.migration, index->table)) return;
    // CREATE INDEX CONCURRENTLY (--online) lets writes go on while it builds.
    if (in.step.online == plan::OnlineForm::kConcurrentIndex) return;
    out->push_back("CREATE INDEX " + Name(index->name) + " blocks writes to " + Name(index->table) +
                   " until the index is built");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBlockingIndexRule() { return std::make_unique<BlockingIndexRule>(); }

}  // namespace sd::lint
