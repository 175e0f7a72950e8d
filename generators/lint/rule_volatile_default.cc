// SD-H403 volatile-default: ADD COLUMN with a volatile default on a table
// that has rows evaluates the default once per row and rewrites the table.
#include "lint/facts.h"

namespace sd::lint {
namespace {

class VolatileDefaultRule : public Rule {
 public:
  void Check(const StepInput& in, std::vector<std::string>* out) const override {
    const diff::Change& c = in.change;
    const model::Column* col = ColumnAfter(c);
    if (c.kind != diff::ChangeKind::kCreate || !col || !col->default_value) return;
    if (!OldTable(in.migration, c.target.name)) return;
    auto calls = VolatileCalls(*col->default_value);
    if (calls.empty()) return;
    out->push_back("default of new column " + ColumnName(c.target.name, col->name) + " calls volatile " + calls[0] +
                   "(): it is evaluated for every existing row and the table is rewritten");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeVolatileDefaultRule() { return std::make_unique<VolatileDefaultRule>(); }

}  // namespace sd::lint
